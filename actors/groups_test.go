package actors

import (
	"testing"

	"github.com/parley-nlp/parley/document"
)

// Places, groups and the bare-phrase fallback. The texts are invented.
var groupCases = []struct {
	name, date, text, want string
}{
	{"a city's police are its country's police", "2024-05-02",
		"Novosibirsk police detained two men on Monday.",
		"Novosibirsk police/organization/RUS/COP[Novosibirsk police]"},
	{"a region's government is its country's", "2024-05-02",
		"The Sindh government closed schools.",
		"Sindh government/organization/PAK/GOV[Sindh government]"},
	{"a city's authorities", "2024-05-02",
		"Kaohsiung authorities issued a typhoon warning.",
		"Kaohsiung authorities/organization/TWN/GOV[Kaohsiung authorities]"},
	{"a place's official takes its country", "2024-05-02",
		"Poltava regional governor Ivan Marchenko said two drones were downed.",
		"Ivan Marchenko/person/UKR/GOV[Ivan Marchenko]"},
	{"a place alone in a sentence is not an actor", "2024-05-02",
		"Heavy rain fell on Valparaiso.",
		""},
	{"a bare place phrase gives its country", "2024-05-02",
		"Mombasa",
		"Kenya/state/KEN/GOV[Mombasa]"},
	{"a bare phrase with a capital as a place", "2024-05-02",
		"a market in Lima",
		"Peru/state/PER/GOV[Lima]"},
	{"a disputed territory takes the recognized state", "2024-05-02",
		"the Golan Heights",
		"Syria/state/SYR/GOV[Golan Heights]"},
	{"demonym and group noun in a bare phrase", "2024-05-02",
		"Bolivian tin miners",
		"Bolivian tin miners/organization/BOL/CVL[Bolivian tin miners]"},
	{"one person of a group", "2024-05-02",
		"a Kenyan lawyer",
		"Kenyan lawyer/person/KEN/JUD[a Kenyan lawyer]"},
	{"a generic group in a sentence is left out", "2024-05-02",
		"Kenyan farmers blocked the road. President Ruto met them.",
		"William Ruto/person/KEN/GOV[Ruto]"},
	{"rebels opening a sentence are a party", "2024-05-02",
		"Kenyan rebels attacked a convoy. President Ruto condemned the attack.",
		"William Ruto/person/KEN/GOV[Ruto]; Kenyan rebels/organization/KEN/REB[Kenyan rebels]"},
	{"a nation by its plural demonym opening a sentence is a party", "2024-05-02",
		"The Kenyans rejected the plan, President Ruto said.",
		"William Ruto/person/KEN/GOV[Ruto]; Kenyans/organization/KEN/CVL[The Kenyans]"},
	{"rebels named in passing stay out", "2024-05-02",
		"President Ruto said Kenyan rebels attacked a convoy.",
		"William Ruto/person/KEN/GOV[Ruto]"},
	{"a group in a country", "2024-05-02",
		"dock workers in Portugal",
		"dock workers in Portugal/organization/PRT/CVL[dock workers in Portugal]"},
	{"a group in a place", "2024-05-02",
		"teachers in Lagos",
		"teachers in Lagos/organization/NGA/CVL[teachers in Lagos]"},
	{"a region's rebels", "2024-05-02",
		"Kachin State rebels",
		"Kachin State rebels/organization/MMR/REB[Kachin State rebels]"},
	{"a plural demonym names people", "2024-05-02",
		"Three Norwegians",
		"Norwegians/organization/NOR/CVL[Norwegians]"},
	{"a place inside an organisation's name", "2024-05-02",
		"Grenoble Institute of Political Studies",
		"Grenoble Institute of Political Studies/organization/FRA/CVL[Grenoble Institute of Political Studies]"},
	{"an organisation in a place", "2024-05-02",
		"the Kelvin Institute in Scotland",
		"Kelvin Institute in Scotland/organization/GBR/CVL[Kelvin Institute in Scotland]"},
	{"a court in a capital", "2024-05-02",
		"The High Court in Nairobi ruled on Friday.",
		"High Court in Nairobi/organization/KEN/JUD[High Court in Nairobi]"},
	{"a body named after a state's organisation", "2024-05-02",
		"Mossad Operations Directorate",
		"Mossad/organization/ISR/SPY[Mossad]; Operations Directorate/organization/ISR/GOV[Operations Directorate]"},
	{"a bare demonym phrase gives the country", "2024-05-02",
		"a Chilean port",
		"Chile/state/CHL/GOV[a Chilean port]"},
	{"a named fleet", "2024-05-02",
		"The Pacific Fleet held drills.",
		"Pacific Fleet/organization/RUS/MIL[Pacific Fleet]"},
	{"a legislature by its own name", "2024-05-02",
		"The Storting approved the budget.",
		"Storting/organization/NOR/LEG[Storting]"},
	{"a party", "2024-05-02",
		"Likud won the most seats.",
		"Likud/organization/ISR/PTY[Likud]"},
	{"a university", "2024-05-02",
		"Tsinghua University published a survey.",
		"Tsinghua University/organization/CHN/CVL[Tsinghua University]"},
	{"an X-based group", "2024-05-02",
		"a Yemen-based militant group",
		"Yemen-based militant group/organization/YEM/REB[a Yemen-based militant group]"},
	{"an envoy's mission belongs to the descriptor", "2024-05-02",
		"The Peruvian ambassador to the United Nations",
		"The Peruvian ambassador to the United Nations/person/PER/GOV[The Peruvian ambassador to the United Nations]"},
	{"a formal state name keeps its article", "2024-05-02",
		"Protesters marched against the Kingdom of Norway",
		"Norway/state/NOR/GOV[the Kingdom of Norway]"},
	{"a bare surname may name a former office-holder", "2022-06-01",
		"Merkel",
		"Angela Merkel/person/DEU/GOV[Merkel]"},
	{"a former office-holder needs more than a surname in a sentence", "2022-06-01",
		"Merkel was seen in town.",
		""},
}

func TestPlacesAndGroups(t *testing.T) {
	reg := mustDefault(t)
	for _, c := range groupCases {
		t.Run(c.name, func(t *testing.T) {
			doc := document.New("t", c.date, c.text)
			got := summary(doc, Find(reg, doc))
			if got != c.want {
				t.Errorf("%q\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}
