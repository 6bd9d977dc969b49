package timex

import (
	"fmt"
	"strings"
	"testing"
)

// line prints a time expression as "text=value TYPE [MOD]".
func line(text string, value, typ, mod string) string {
	s := fmt.Sprintf("%s=%s %s", text, value, typ)
	if value == "" {
		s = fmt.Sprintf("%s=null %s", text, typ)
	}
	if mod != "" {
		s += " " + mod
	}
	return s
}

// TestNormalize: phrase + dateline + tense → value. The phrases are ours.
func TestNormalize(t *testing.T) {
	tests := []struct {
		phrase, published string
		dir               Direction
		want              string
	}{
		// absolute dates in the common English formats
		{"July 16", "2024-07-17", Past, "July 16=2024-07-16 DATE"},
		{"16 July 2024", "2024-07-17", Unknown, "16 July 2024=2024-07-16 DATE"},
		{"7/16/2024", "", Unknown, "7/16/2024=2024-07-16 DATE"},
		{"16/7/2024", "", Unknown, "16/7/2024=2024-07-16 DATE"},
		{"2024-07-16", "", Unknown, "2024-07-16=2024-07-16 DATE"},
		{"16.07.2024", "", Unknown, "16.07.2024=2024-07-16 DATE"},
		{"7/16/24", "", Unknown, "7/16/24=2024-07-16 DATE"},
		{"Jul. 16", "2024-07-17", Past, "Jul. 16=2024-07-16 DATE"},
		{"the 16th of July", "2024-07-17", Past, "the 16th of July=2024-07-16 DATE"},
		{"November 9, 2020", "2022-04-22", Past, "November 9, 2020=2020-11-09 DATE"},
		{"February 2022", "2024-07-17", Past, "February 2022=2022-02 DATE"},
		{"March 23-25, 2025", "2025-03-25", Past, "March 23-25, 2025=2025-03-23 DATE"},
		{"19-20 November", "2023-12-15", Past, "19-20 November=2023-11-19 DATE"},
		{"Friday, October 25", "2024-10-25", Unknown, "Friday, October 25=2024-10-25 DATE"},
		{"2014", "2024-07-17", Past, "2014=2014 DATE"},
		{"the 1990s", "2024-07-17", Past, "the 1990s=199 DATE"},
		{"the '80s", "2024-07-17", Past, "the '80s=198 DATE"},
		// month and month-day without a year: direction from the tense
		{"November", "2024-07-17", Future, "November=2024-11 DATE"},
		{"November", "2024-07-17", Past, "November=2023-11 DATE"},
		{"November", "2024-07-17", Unknown, "November=2024-11 DATE"},
		{"January 9", "2021-12-31", Future, "January 9=2022-01-09 DATE"},
		{"December 30", "2021-12-31", Past, "December 30=2021-12-30 DATE"},
		{"late November", "2021-12-07", Past, "late November=2021-11 DATE END"},
		{"mid-June", "2024-07-17", Past, "mid-June=2024-06 DATE MID"},
		{"early 2023", "2024-07-17", Past, "early 2023=2023 DATE START"},
		{"late last year", "2024-07-17", Past, "late last year=2023 DATE END"},
		{"late this summer", "2024-07-17", Future, "late this summer=2024-SU DATE END"},
		{"late in the war", "2024-07-17", Past, "none"},
		// weekdays and days relative to the dateline (2024-07-17 is a Wednesday)
		{"Tuesday", "2024-07-17", Past, "Tuesday=2024-07-16 DATE"},
		{"Tuesday", "2024-07-17", Future, "Tuesday=2024-07-23 DATE"},
		{"Wednesday", "2024-07-17", Past, "Wednesday=2024-07-17 DATE"},
		{"Thursday", "2024-07-17", Present, "Thursday=2024-07-18 DATE"},
		{"Saturday", "2025-02-12", Future, "Saturday=2025-02-15 DATE"},
		{"last Friday", "2024-07-17", Unknown, "last Friday=2024-07-12 DATE"},
		{"next Monday", "2024-07-17", Unknown, "next Monday=2024-07-22 DATE"},
		{"yesterday", "2024-07-17", Past, "yesterday=2024-07-16 DATE"},
		{"tomorrow", "2024-07-17", Future, "tomorrow=2024-07-18 DATE"},
		{"today", "2024-07-17", Past, "today=2024-07-17 DATE"},
		{"today", "2024-07-17", Present, "today=PRESENT_REF DATE"},
		// weeks, months, years
		{"last week", "2024-07-17", Past, "last week=2024-W28 DATE"},
		{"this week", "2022-01-19", Present, "this week=2022-W03 DATE"},
		{"next week", "2023-09-21", Future, "next week=2023-W39 DATE"},
		{"last month", "2024-01-11", Past, "last month=2023-12 DATE"},
		{"next year", "2024-07-17", Future, "next year=2025 DATE"},
		{"last fiscal year", "2024-07-17", Past, "last fiscal year=2023 DATE"},
		{"the end of year", "2024-07-17", Future, "the end of year=2024 DATE END"},
		{"later this year", "2024-07-17", Future, "later this year=2024 DATE"},
		{"earlier this year", "2024-07-17", Past, "earlier this year=2024 DATE"},
		{"earlier this month", "2024-07-17", Past, "earlier this month=2024-07 DATE"},
		{"the end of the year", "2023-09-20", Future, "the end of the year=2023 DATE END"},
		{"the beginning of the new year", "2021-12-03", Future, "the beginning of the new year=2022 DATE START"},
		{"five years ago", "2021-12-07", Past, "five years ago=2016 DATE"},
		{"in two weeks", "2022-01-26", Future, "in two weeks=2022-W06 DATE"},
		// seasons, quarters, halves
		{"this fall", "2023-09-21", Future, "this fall=2023-FA DATE"},
		{"the winter", "2023-09-21", Future, "the winter=2023-WI DATE"},
		{"last summer", "2024-07-17", Past, "last summer=2023-SU DATE"},
		{"the third quarter of 2023", "", Unknown, "the third quarter of 2023=2023-Q3 DATE"},
		{"the first half", "2024-07-17", Past, "the first half=2024-H1 DATE"},
		{"last quarter", "2024-07-17", Past, "last quarter=2024-Q2 DATE"},
		{"Q3 2023", "", Unknown, "Q3 2023=2023-Q3 DATE"},
		{"the 20th century", "", Unknown, "the 20th century=19 DATE"},
		{"decades ago", "", Past, "decades ago=PAST_REF DATE"},
		// times of day
		{"10 a.m.", "2024-07-17", Unknown, "10 a.m.=2024-07-17T10:00 TIME"},
		{"3:30 pm", "2024-07-17", Unknown, "3:30 pm=2024-07-17T15:30 TIME"},
		{"18:00 GMT", "2024-07-17", Unknown, "18:00 GMT=2024-07-17T18:00 TIME"},
		{"6 p.m. on March 1", "2022-03-03", Past, "6 p.m. on March 1=2022-03-01T18:00 TIME"},
		{"8 May.", "2022-05-13", Past, "8 May=2022-05-08 DATE"},
		{"this morning", "2024-07-17", Past, "this morning=2024-07-17TMO TIME"},
		{"last night", "2024-07-17", Past, "last night=2024-07-16TNI TIME"},
		// vague references
		{"now", "2024-07-17", Present, "now=PRESENT_REF DATE"},
		{"currently", "", Present, "currently=PRESENT_REF DATE"},
		{"recently", "", Past, "recently=PAST_REF DATE"},
		{"the near future", "", Future, "the near future=FUTURE_REF DATE"},
		{"the coming weeks", "", Future, "the coming weeks=FUTURE_REF DATE"},
		{"the next few days", "", Future, "the next few days=FUTURE_REF DATE"},
		{"a later date", "", Future, "a later date=FUTURE_REF DATE"},
		{"recent years", "", Past, "recent years=PAST_REF DATE"},
		// durations and sets
		{"three days", "2024-07-17", Past, "three days=P3D DURATION"},
		{"a three-day summit", "2024-07-17", Past, "three-day=P3D DURATION"},
		{"the past three decades", "2024-07-17", Past, "the past three decades=P3DE DURATION"},
		{"several years", "2024-07-17", Past, "several years=PXY DURATION"},
		{"eight hours", "2024-07-17", Past, "eight hours=PT8H DURATION"},
		{"every week", "2024-07-17", Present, "every week=P1W SET"},
		{"annually", "2024-07-17", Present, "annually=P1Y SET"},
		// without a dateline relative values are unknown, absolute ones stay
		{"last week", "", Past, "last week=null DATE"},
		{"November", "", Future, "November=null DATE"},
		{"June 2021", "", Past, "June 2021=2021-06 DATE"},
		// a month-only dateline is read as the 15th
		{"yesterday", "2024-07", Past, "yesterday=2024-07-14 DATE"},
	}
	for _, tc := range tests {
		tm, ok := Normalize(tc.phrase, tc.published, tc.dir)
		got := "none"
		if ok {
			got = line(tc.phrase[tm.Start:tm.End], tm.Value, tm.Type, tm.Mod)
		}
		if got != tc.want {
			t.Errorf("%q @%s %s: got %s, want %s", tc.phrase, tc.published, tc.dir, got, tc.want)
		}
	}
}

// TestNotTimes lists words and numbers that must not become expressions.
func TestNotTimes(t *testing.T) {
	for _, s := range []string{
		"Officials may decide to march on the capital.",
		"The army sent 2000 troops and 1500 tanks.",
		"The budget is $2024 per person.",
		"He will call for a second round of talks.",
		"As soon as possible, the office said.",
		"The future of Sudan is at stake.",
		"Resolution 2231 was adopted by the council.",
		"The score was 3-2 at half time.",
		"Former spy chief August Hanning spoke.",
		"The app moved to version 1.5.20 quickly.",
		"Kyiv says the fall of the city was a blow.",
	} {
		if got := Find(s, "2024-07-17"); len(got) != 0 {
			var parts []string
			for _, tm := range got {
				parts = append(parts, line(s[tm.Start:tm.End], tm.Value, tm.Type, tm.Mod))
			}
			t.Errorf("%q: found %s", s, strings.Join(parts, "; "))
		}
	}
}
