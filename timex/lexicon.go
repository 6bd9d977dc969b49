package timex

// The word tables below are written by hand from ordinary English; they are
// the rules' data, kept apart from the matching code.

// months maps month names and abbreviations (lower case) to 1..12.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// ambiguousMonths are month names that are also common English words; they
// count as months only when capitalized and supported by context.
var ambiguousMonths = map[string]bool{"may": true, "march": true, "mar": true}

// weekdays maps weekday names and abbreviations to time.Weekday values.
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"sun": 0, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6,
}

// numberWords maps small cardinal number words to their value.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "couple": 2,
}

// vagueNumbers stand for an unknown count ("several years" → PXY).
var vagueNumbers = map[string]bool{"several": true, "few": true, "many": true, "some": true, "numerous": true}

// ordinals maps ordinal words to their value (quarters, halves, days).
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// units maps time unit words (singular and plural) to their TIMEX3 unit
// letter; time units (hours, minutes, seconds) take the PT prefix.
var units = map[string]string{
	"second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
	"day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W",
	"month": "M", "months": "M", "year": "Y", "years": "Y",
	"decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
	"weekend": "WE", "quarter": "Q",
}

func timeUnit(u string) bool {
	switch u {
	case "second", "seconds", "minute", "minutes", "hour", "hours":
		return true
	}
	return false
}

// seasons maps season names to TIMEX3 season codes.
var seasons = map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

// partsOfDay maps words naming a part of the day to TIMEX3 codes.
var partsOfDay = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

// Present, past and future reference words.
var (
	presentWords = map[string]bool{"now": true, "currently": true, "presently": true, "nowadays": true}
	pastWords    = map[string]bool{"recently": true, "lately": true}
	futureWords  = map[string]bool{"soon": true}
)

// setAdverbs are frequency adverbs and adjectives that are TIMEX3 SETs.
var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W",
}

// Tense cues for the lexical fallback.
var (
	futureCues = map[string]bool{
		"will": true, "'ll": true, "shall": true, "would": true, "plan": true, "plans": true, "planned": true,
		"planning": true, "scheduled": true, "expected": true, "expects": true, "upcoming": true, "due": true,
		"intends": true, "intend": true, "aims": true, "aim": true, "hopes": true, "hope": true, "next": true,
		"going": true, "forthcoming": true, "tomorrow": true,
	}
	pastAux = map[string]bool{
		"was": true, "were": true, "had": true, "did": true, "ago": true, "been": true, "last": true, "yesterday": true,
	}
	presentCues = map[string]bool{
		"is": true, "are": true, "am": true, "does": true, "do": true, "can": true,
		"need": true, "needs": true, "remain": true, "remains": true,
		"believe": true, "believes": true, "want": true, "wants": true, "continues": true, "continue": true,
		"seems": true, "seem": true, "stands": true, "exists": true, "expect": true, "think": true, "thinks": true,
		"know": true, "knows": true, "help": true, "helps": true, "begins": true, "lies": true,
	}
	// irregularPast lists irregular past-tense forms that are not also
	// common present forms (so "set", "put", "read" are left out).
	irregularPast = map[string]bool{
		"said": true, "met": true, "went": true, "took": true, "began": true, "came": true, "made": true,
		"held": true, "saw": true, "told": true, "gave": true, "left": true, "got": true, "found": true,
		"thought": true, "brought": true, "sent": true, "spoke": true, "wrote": true, "won": true, "lost": true,
		"fought": true, "led": true, "fell": true, "rose": true, "struck": true, "built": true, "paid": true,
		"sought": true, "stood": true, "became": true, "knew": true, "felt": true, "kept": true, "meant": true,
		"ran": true, "drove": true, "flew": true, "grew": true, "threw": true, "broke": true, "chose": true,
		"bought": true, "caught": true, "taught": true, "heard": true, "laid": true, "withdrew": true,
		"undertook": true, "overtook": true, "forbade": true, "shot": true, "fled": true, "hid": true,
		"sold": true, "swore": true, "understood": true, "wore": true, "woke": true,
	}
	// notPastEd are -ed words that are rarely past-tense verbs.
	notPastEd = map[string]bool{
		"need": true, "speed": true, "red": true, "bed": true, "united": true, "indeed": true, "seed": true,
		"hundred": true, "feed": true, "proceed": true, "succeed": true, "exceed": true, "breed": true,
		"shed": true, "armed": true, "limited": true, "so-called": true, "alleged": true,
		"based": true, "detailed": true, "advanced": true, "embed": true, "creed": true, "weed": true,
		"greed": true, "deed": true, "wed": true, "fred": true, "ahmed": true, "mohammed": true, "muhammed": true,
	}
	auxWords = map[string]bool{
		"is": true, "are": true, "am": true, "was": true, "were": true, "be": true, "been": true, "being": true,
		"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
		"can": true, "could": true, "may": true, "might": true, "must": true, "do": true, "does": true, "did": true,
		"'ll": true,
	}
)
