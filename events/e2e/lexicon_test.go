package e2e_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/extract"
)

// TestLexiconCoverage codes one invented sentence per family of CAMEO codes
// through the whole default pipeline and asserts the PLOVER type, the CAMEO
// code and the source's country of one of the events found: the event
// lexicon covers the common verbs and nouns of all twenty CAMEO roots.
func TestLexiconCoverage(t *testing.T) {
	p := e2ePipeline(t, extract.Options{})
	tests := []struct{ text, want string }{
		// 02 appeal, 03 intent, 04 consult, 05 diplomatic cooperation
		{"Egypt urged Israel to open the Rafah crossing.", "REQUEST 020 EGY"},
		{"Turkey offered to mediate between Russia and Ukraine.", "AGREE 039 TUR"},
		{"The Chinese foreign minister held a videoconference with his Russian counterpart.", "CONSULT 041 CHN"},
		{"The Saudi foreign minister visited Tehran.", "CONSULT 042 SAU"},
		{"India defended its decision to buy Russian oil.", "SUPPORT 052 IND"},
		{"Canada apologized to India.", "SUPPORT 055 CAN"},
		{"Chile and Peru signed a trade agreement.", "AGREE 057 CHL"},
		// 06 material cooperation, 07 aid
		{"Turkey extradited two suspects to Greece.", "COOPERATE 063 TUR"},
		{"Japan sent peacekeepers to South Sudan.", "AID 074 JPN"},
		{"Germany delivered Leopard tanks to Ukraine.", "AID 070 DEU"},
		// 08 yield: releases, lifted restrictions, access; retreats
		{"Hamas released two American hostages on Friday.", "CONCEDE 0841 PSE"},
		{"Russia opened the border crossing for refugees.", "CONCEDE 086 RUS"},
		{"Israel lifted the blockade on Gaza.", "RETREAT 0872 ISR"},
		{"The President of Sri Lanka resigned on Thursday.", "RETREAT 0874 LKA"},
		// 09 investigate, 10 demand, 11 disapprove
		{"Kenya launched an investigation into the killings.", "ACCUSE 090 KEN"},
		{"Iran demanded the release of its diplomats.", "REQUEST 1053 IRN"},
		{"Ethiopia criticized Egypt.", "ACCUSE 111 ETH"},
		// 12 reject, 13 threaten
		{"Russia vetoed the resolution on Syria.", "REJECT 129 RUS"},
		{"North Korea issued an ultimatum to South Korea.", "THREATEN 139 PRK"},
		{"China warned of consequences if Taiwan declared independence.", "THREATEN 138 CHN"},
		{"Iran vowed to retaliate against Israel.", "THREATEN 138 IRN"},
		// 14 protest, 15 force posture
		{"French unions went on strike over the pension reform.", "PROTEST 143 FRA"},
		{"China put its forces on high alert.", "MOBILIZE 152 CHN"},
		{"North Korea test-fired a ballistic missile.", "MOBILIZE 150 PRK"},
		// 16 reduce relations
		{"Kenya withdrew its ambassador from Somalia.", "SANCTION 161 KEN"},
		{"Mali ordered the French ambassador to leave the country.", "SANCTION 161 MLI"},
		{"Nigeria suspended military aid to Niger.", "SANCTION 162 NGA"},
		// 17 coerce
		{"Belarus detained five Polish citizens.", "COERCE 173 BLR"},
		{"Iraqi security forces imposed a curfew on Baghdad.", "COERCE 1723 IRQ"},
		// 18 assault, 19 fight
		{"ISIS militants abducted dozens of Yazidi women.", "ASSAULT 181 SYR"},
		{"Israeli jets carried out airstrikes on Lebanon.", "ASSAULT 195 ISR"},
		{"Ukraine fired artillery at Russian positions.", "ASSAULT 194 UKR"},
		{"Russian troops violated the ceasefire in Donbas.", "ASSAULT 196 RUS"},
		{"The Ukrainian army recaptured Kherson.", "ASSAULT 192 UKR"},
		// mediation, investigation, expulsion, attempts, reneging, protests organized and broken up
		{"The AU chairman undertook a mediation mission between Sudan and Chad.", "CONSULT 045 AU"},
		{"Chile's supreme court opened a hearing into the police killings.", "ACCUSE 090 CHL"},
		{"The IAEA dispatched inspectors to Iran.", "ACCUSE 090 IAEA"},
		{"Uganda forced the UN mission out of the country.", "SANCTION 166 UGA"},
		{"The Israeli army forced Palestinian families out of their homes.", "COERCE 174 ISR"},
		{"Taliban fighters tried to assassinate the Afghan vice president.", "ASSAULT 185 AFG"},
		{"Zambia reneged on its pledge to hold elections.", "REJECT 120 ZMB"},
		{"Nigerian teachers organized a nationwide strike.", "PROTEST 143 NGA"},
		{"Turkish police broke up a rally in Istanbul.", "COERCE 175 TUR"},
		{"Swiss doctors handed over 300 crates of medicine to a Kenyan hospital.", "AID 070 CHE"},
		{"Canada is committed to strengthening the air defenses of Ukraine.", "AGREE 030 CAN"},
		{"Chile said it was firmly committed to the peace process with Peru.", "AGREE 030 CHL"},
		{"Israeli troops remained on high alert along the northern border.", "MOBILIZE 152 ISR"},
		{"The Sindh government ordered patrols by police and soldiers.", "MOBILIZE 154 PAK"},
		{"Iran pressured Iraq to expel the militants.", "REQUEST 020 IRN"},
		{"Qatar ended its mediation efforts between Israel and Hamas.", "SANCTION 165 QAT"},
		{"Nicaragua's government ordered an opposition newspaper to stop printing.", "COERCE 1721 NIC"},
		{"The United States defended the right of Israel to respond.", "SUPPORT 052 USA"},
		{"Saudi Arabia and Iran restored diplomatic relations in March.", "SUPPORT 050 SAU"},
		{"Russia allowed Ukraine to export grain from Odesa.", "CONCEDE 080 RUS"},
		{"Malian soldiers abused detainees at the camp.", "ASSAULT 182 MLI"},
		{"Kenyan truckers blocked transport into Nairobi.", "PROTEST 144 KEN"},
		{"Denmark accepted a formula for settling its quarrel over fishing quotas with Norway.", "AGREE 030 DNK"},
		{"Chile undertook to withdraw its troops from the border with Peru.", "AGREE 030 CHL"},
		{"Russian troops gained ground near Bakhmut.", "ASSAULT 192 RUS"},
		{"Iran said it was ready for diplomacy with the United States.", "AGREE 030 IRN"},
		{"Kenya is interested in military assistance from Israel.", "REQUEST 020 KEN"},
		{"Chile is eager to obtain security guarantees from Peru.", "REQUEST 020 CHL"},
		{"Norway is the main provider of assistance to Afghan refugees.", "AID 070 NOR"},
		{"Thousands of Kenyan teachers stopped work on Monday.", "PROTEST 143 KEN"},
		{"Hamas handed over the bodies of two Israeli soldiers.", "CONCEDE 084 PSE"},
		// hyphenated words split by the tokenizer keep their lexicon entry
		{"Israel violated the cease-fire with Hezbollah.", "ASSAULT 196 ISR"},
	}
	for _, tc := range tests {
		if got := codedEvents(t, p, tc.text, true); !slices.Contains(got, tc.want) {
			t.Errorf("%q: got [%s], want %s among them", tc.text, strings.Join(got, "; "), tc.want)
		}
	}
}
