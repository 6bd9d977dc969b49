package actors

import (
	"fmt"
	"strings"
	"testing"

	"github.com/parley-nlp/parley/document"
)

// summary renders actors on one line: name/type/country/sector[mentions].
func summary(doc *document.Document, as []document.Actor) string {
	var parts []string
	for _, a := range as {
		var ms []string
		for _, m := range a.Mentions {
			ms = append(ms, doc.Text[m.Start:m.End])
		}
		parts = append(parts, fmt.Sprintf("%s/%s/%s/%s[%s]", a.Name, a.Type, a.Country, a.Sector, strings.Join(ms, "|")))
	}
	return strings.Join(parts, "; ")
}

// The sentences below are invented for these tests.
var findCases = []struct {
	name, date, text, want string
}{
	{"coordinated demonyms share the noun", "2024-07-17",
		"Chilean and Peruvian troops crossed the border.",
		"Chilean troops/organization/CHL/MIL[Chilean]; Peruvian troops/organization/PER/MIL[Peruvian troops]"},
	{"a demonym on an act of force names the state that acts", "2024-07-17",
		"A Chilean missile attack hit the port.",
		"Chile/state/CHL/GOV[Chilean]"},
	{"a demonym on a weapon names the state's forces", "2024-07-17",
		"A Peruvian drone struck the convoy.",
		"Peruvian Armed Forces/organization/PER/MIL[A Peruvian drone]"},
	{"a currency is no state", "2024-07-17",
		"Chile paid US $40 million and 12 million U.S. dollars to Peru.",
		"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]"},
	{"descriptor with registry name", "2024-07-17",
		"German Chancellor Olaf Scholz visited a factory.",
		"Olaf Scholz/person/DEU/GOV[Olaf Scholz]"},
	{"registry role decides the country", "2019-03-01",
		"Olaf Scholz presented the budget.",
		"Olaf Scholz/person/DEU/GOV[Olaf Scholz]"},
	{"descriptor gives an unknown person country and sector", "2023-02-01",
		"Ukrainian Deputy Foreign Minister Ivan Petrenko met the envoys.",
		"Ivan Petrenko/person/UKR/GOV[Ivan Petrenko]"},
	{"body descriptor", "2022-02-01",
		"State Department spokeswoman Jane Roe declined to comment.",
		"Jane Roe/person/USA/GOV[Jane Roe]"},
	{"IGO chief", "2024-07-17",
		"NATO chief Jens Stoltenberg spoke first.",
		"Jens Stoltenberg/person/NATO/IGO[Jens Stoltenberg]; NATO/organization/NATO/IGO[NATO]"},
	{"full name, surname, honorific", "2024-07-17",
		"Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov said talks were over. Mr. Peskov added nothing.",
		"Dmitry Peskov/person/RUS/GOV[Dmitry Peskov|Peskov|Mr. Peskov]; Russia/state/RUS/GOV[Kremlin]"},
	{"honorific alone resolves by the date's office-holder", "2024-07-17",
		"Mr. Peskov declined to comment.",
		"Dmitry Peskov/person/RUS/GOV[Mr. Peskov]"},
	{"title alone with a nationality", "2024-07-17",
		"The Russian leader did not attend.",
		"Vladimir Putin/person/RUS/GOV[The Russian leader]"},
	{"title alone refers back", "2022-02-20",
		"President of Ukraine Volodymyr Zelenskyy arrived. The Head of State thanked the hosts.",
		"Volodymyr Zelenskyy/person/UKR/GOV[Volodymyr Zelenskyy|The Head of State]; Ukraine/state/UKR/GOV[Ukraine]"},
	{"the Kremlin spokesman", "2024-07-17",
		"The statement came from the Kremlin spokesman.",
		"Dmitry Peskov/person/RUS/GOV[the Kremlin spokesman]"},
	{"metonymy", "2024-07-17",
		"Moscow rejected the plan, and the Kremlin said Kyiv must yield.",
		"Russia/state/RUS/GOV[Moscow|Kremlin]; Ukraine/state/UKR/GOV[Kyiv]"},
	{"capital as a place is not an actor", "2024-07-17",
		"Leaders gathered for a summit in Washington.",
		""},
	{"vague groups stay unresolved", "2024-07-17",
		"Kyiv and its Western sponsors objected.",
		"Ukraine/state/UKR/GOV[Kyiv]"},
	{"demonym forces", "2024-07-17",
		"Russian forces shelled the town while Ukrainian troops held the bridge.",
		"Russian Armed Forces/organization/RUS/MIL[Russian forces]; Armed Forces of Ukraine/organization/UKR/MIL[Ukrainian troops]"},
	{"a state fired at is no place", "2024-07-17",
		"Chile fired missiles at Peru and sent troops into Bolivia, while talks went on in Ecuador.",
		"Chile/state/CHL/GOV[Chile]; Peru/state/PER/GOV[Peru]; Bolivia/state/BOL/GOV[Bolivia]"},
	{"an army's weapons act for it", "2024-07-17",
		"Malian helicopters fired on the camp after Russian tanks crossed the river.",
		"Malian Armed Forces/organization/MLI/MIL[Malian helicopters]; Russian Armed Forces/organization/RUS/MIL[Russian tanks]"},
	{"one armed-forces actor per state", "2024-07-17",
		"Malian soldiers left the base; the Malian army denied it, and the Russian military stayed as Russian troops arrived.",
		"Malian Armed Forces/organization/MLI/MIL[Malian soldiers|the Malian army]; Russian Armed Forces/organization/RUS/MIL[Russian military|Russian troops]"},
	{"a Kremlin official speaks for the state", "2024-07-17",
		"A Kremlin official denied it.",
		"Russia/state/RUS/GOV[A Kremlin official]"},
	{"a State Department spokesperson speaks for the department", "2024-07-17",
		"A State Department spokesperson declined.",
		"U.S. Department of State/organization/USA/GOV[A State Department spokesperson]"},
	{"generic officials are skipped", "2024-07-17",
		"Russian officials said nothing.",
		""},
	{"armed group", "2024-01-10",
		"Houthi rebels attacked a ship; Hamas said it would respond.",
		"Houthis/organization/YEM/REB[Houthi rebels]; Hamas/organization/PSE/REB[Hamas]"},
	{"media outlet", "2024-07-17",
		"The minister told Reuters the talks would resume.",
		"Reuters/organization/GBR/MED[Reuters]"},
	{"speaker of a speech verb", "2024-07-17",
		"Maria Fernholz said the vote was fair.",
		"Maria Fernholz/person//[Maria Fernholz]"},
	{"unknown organization with a head noun", "2024-07-17",
		"The Supreme Arbitration Tribunal of Moldova ruled on Tuesday.",
		"Supreme Arbitration Tribunal of Moldova/organization/MDA/JUD[Supreme Arbitration Tribunal of Moldova]"},
	{"state organ after a possessive", "2024-07-17",
		"Chile's Ministry of Mines issued a permit.",
		"Chile/state/CHL/GOV[Chile]; Chile's Ministry of Mines/organization/CHL/GOV[Ministry of Mines]"},
	{"role by date", "2025-06-01",
		"The German chancellor travelled to Paris.",
		"Friedrich Merz/person/DEU/GOV[The German chancellor]"},
	{"appositive role gives the sector", "2024-07-17",
		"\"It will not hold,\" warned Helena Marsh, a senior fellow at the Atlantic Council.",
		"Helena Marsh/person/USA/CVL[Helena Marsh]; Atlantic Council/organization/USA/CVL[Atlantic Council]"},
	{"an affiliation gives country and sector", "2024-07-17",
		"Karin Oyelaran of Human Rights Watch called for an inquiry.",
		"Karin Oyelaran/person/USA/NGO[Karin Oyelaran]; Human Rights Watch/organization/USA/NGO[Human Rights Watch]"},
	{"a generic organ belongs to the document's country", "2024-07-17",
		"Russia protested. Foreign Ministry spokeswoman Maria Zakharova called the move hostile.",
		"Maria Zakharova/person/RUS/GOV[Maria Zakharova]; Russia/state/RUS/GOV[Russia]; Foreign Ministry/organization/RUS/GOV[Foreign Ministry]"},
	{"a known given name starts a person's name", "2024-07-17",
		"Officials met Thomas Brandvold in Oslo.",
		"Thomas Brandvold/person//[Thomas Brandvold]"},
	{"place names are not persons", "2024-07-17",
		"Ships crossed the Black Sea and the West Bank, the President said.",
		""},
	{"a misspelt first name still finds the office-holder", "2022-03-01",
		"Anthony Blinken arrived in Kyiv.",
		"Antony Blinken/person/USA/GOV[Anthony Blinken]"},
	{"the readout's own president", "2025-03-11",
		"President Trump spoke with President Zelenskyy. Zelenskyy praised the President for his help.",
		"Donald Trump/person/USA/GOV[President Trump|the President]; Volodymyr Zelenskyy/person/UKR/GOV[President Zelenskyy|Zelenskyy]"},
	{"an official text's capitalised President is the first named, not the last", "2023-02-10",
		"Readout of the Meeting with President Lula\n\nPresident Biden met President Lula of Brazil. The President welcomed Brazil's plan.",
		"Luiz Inácio Lula da Silva/person/BRA/GOV[Lula|Lula]; Joe Biden/person/USA/GOV[President Biden|The President]; Brazil/state/BRA/GOV[Brazil|Brazil]"},
	{"an office-holder speaking weighs more than a state named", "2024-03-04",
		"Peru protested on Monday. Is Peru right?\n\nMao Ning: The Foreign Ministry rejects the claims of China's critics.",
		"Mao Ning/person/CHN/GOV[Mao Ning]; Peru/state/PER/GOV[Peru|Peru]; China/state/CHN/GOV[China]; Foreign Ministry/organization/CHN/GOV[Foreign Ministry]"},
	{"the army alone is the armed forces named last", "2024-06-01",
		"The Chilean army said it had closed the pass. Peru accused the army of shelling a village.",
		"Peru/state/PER/GOV[Peru]; Chilean Armed Forces/organization/CHL/MIL[The Chilean army|the army]"},
	{"the army of a state named after it is that state's", "2024-06-01",
		"The Chilean army closed the pass. Peru said the army of Bolivia had left.",
		"Peru/state/PER/GOV[Peru]; Bolivia/state/BOL/GOV[Bolivia]; Chilean Armed Forces/organization/CHL/MIL[The Chilean army]"},
	{"the Council in a text naming the EU is the Council of the EU", "2025-01-27",
		"The Council decided to prolong the measures. The European Union condemns the war.",
		"Council of the European Union/organization/EU/IGO[The Council]; European Union/organization/EU/IGO[European Union]"},
	{"the Council is the council named before", "2025-01-27",
		"The UN Security Council met on Monday. The Council condemned the attack.",
		"United Nations Security Council/organization/UN/IGO[UN Security Council|The Council]"},
	{"a company's one-word name takes no article", "2024-07-17",
		"Lula pledged to protect the Amazon. Amazon opened a depot in Lima.",
		"Luiz Inácio Lula da Silva/person/BRA/GOV[Lula]; Amazon/organization/USA/BUS[Amazon]"},
	{"a dateline is a place", "2025-03-03",
		"KYIV, March 3 (Reuters) - Ukraine's air force said it shot down 40 drones.",
		"Ukraine/state/UKR/GOV[Ukraine]; Reuters/organization/GBR/MED[Reuters]; Armed Forces of Ukraine/organization/UKR/MIL[air force]"},
	{"a title-case headline does not invent persons", "2024-07-17",
		"Ukrainian President Says Talks Must Wait",
		""},
	{"the alliance's members act as the alliance", "2024-07-17",
		"NATO allies pledged more air defence. Later, NATO members agreed on a new budget.",
		"NATO/organization/NATO/IGO[NATO allies|NATO members]"},
	{"headline capitals", "2024-07-17",
		"TEHRAN WARNS WASHINGTON",
		"Iran/state/IRN/GOV[TEHRAN]; United States/state/USA/GOV[WASHINGTON]"},
}

func TestFind(t *testing.T) {
	reg := mustDefault(t)
	for _, c := range findCases {
		t.Run(c.name, func(t *testing.T) {
			doc := document.New("t", c.date, c.text)
			got := summary(doc, Find(reg, doc))
			if got != c.want {
				t.Errorf("%q\n got: %s\nwant: %s", c.text, got, c.want)
			}
		})
	}
}

// tokenize builds doc.Tokens the way the tokenize stage would (EWT style:
// possessive 's split off), to check the stage reads tokens when present.
func tokenize(doc *document.Document) {
	doc.Tokens = []document.Token{}
	for _, w := range splitWords(doc.Text) {
		if strings.HasSuffix(w.text, "’s") || strings.HasSuffix(w.text, "'s") {
			cut := w.End - len("'s")
			if strings.HasSuffix(w.text, "’s") {
				cut = w.End - len("’s")
			}
			if cut > w.Start {
				doc.Tokens = append(doc.Tokens, document.Token{Span: document.Span{Start: w.Start, End: cut}, Head: document.NoHead})
				doc.Tokens = append(doc.Tokens, document.Token{Span: document.Span{Start: cut, End: w.End}, Head: document.NoHead})
				continue
			}
		}
		doc.Tokens = append(doc.Tokens, document.Token{Span: w.Span, Head: document.NoHead})
	}
}

// TestFindWithTokens checks that tokens from the tokenizer give the same
// actors as the fallback word split.
func TestFindWithTokens(t *testing.T) {
	reg := mustDefault(t)
	for _, c := range findCases {
		plain := document.New("t", c.date, c.text)
		tok := document.New("t", c.date, c.text)
		tokenize(tok)
		if a, b := summary(plain, Find(reg, plain)), summary(tok, Find(reg, tok)); a != b {
			t.Errorf("%s: tokens change the result\nwords:  %s\ntokens: %s", c.name, a, b)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	reg := mustDefault(t)
	for _, text := range []string{"", "   \n\n", "’s 's . , the the", "Mr.", "NATO"} {
		doc := document.New("t", "", text)
		doc.Tokens = []document.Token{}
		as := Find(reg, doc)
		if as == nil {
			t.Errorf("%q: nil actors; want an empty or filled slice", text)
		}
	}
}

func TestStageFillsContractFields(t *testing.T) {
	st, err := NewStage(nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := document.New("t", "2024-07-17", "German Chancellor Olaf Scholz met NATO chief Jens Stoltenberg in Berlin.")
	tokenize(doc)
	if err := st.Process(doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range doc.Actors {
		got = append(got, fmt.Sprintf("%s %s %s %s %s %q %s", a.ID, a.Name, a.Country, a.Sector, a.Cameo, a.Role, a.RegistryID))
	}
	want := []string{
		`A1 Olaf Scholz DEU GOV DEUGOV "Chancellor of Germany" olaf-scholz`,
		`A2 Jens Stoltenberg NATO IGO IGOWSTNAT "Secretary General of NATO" jens-stoltenberg`,
		`A3 NATO NATO IGO IGOWSTNAT "" NATO`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, a := range doc.Actors {
		for _, m := range a.Mentions {
			if m.Kind == "" || m.Start < 0 || m.End > len(doc.Text) || m.Start >= m.End {
				t.Errorf("bad mention %+v of %s", m, a.Name)
			}
		}
	}
}

func TestResolveAt(t *testing.T) {
	reg := mustDefault(t)
	doc := document.New("t", "2024-07-17", "Dmitry Peskov spoke to reporters. He said Russia would answer, and its army was ready.")
	tokenize(doc)
	doc.Actors = Find(reg, doc)
	idx := func(word string) int {
		for i, tk := range doc.Tokens {
			if doc.Text[tk.Start:tk.End] == word {
				return i
			}
		}
		t.Fatalf("no token %q", word)
		return -1
	}
	name := func(i int) string {
		if i < 0 {
			return "-"
		}
		return doc.Actors[i].Name
	}
	for _, c := range []struct{ word, want string }{
		{"He", "Dmitry Peskov"}, {"its", "Russia"}, {"Russia", "Russia"}, {"reporters", "-"},
	} {
		if got := name(ResolveAt(doc, idx(c.word))); got != c.want {
			t.Errorf("ResolveAt(%q) = %s, want %s", c.word, got, c.want)
		}
	}
	if ResolveAt(doc, -1) != -1 || ResolveAt(doc, len(doc.Tokens)) != -1 {
		t.Error("out-of-range token index must resolve to -1")
	}
}

func FuzzFind(f *testing.F) {
	for _, c := range findCases {
		f.Add(c.text)
	}
	f.Add("Mr. \u2019s the of A B C D E F G said")
	reg, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !validUTF8(text) {
			return
		}
		doc := document.New("f", "2024-07-17", text)
		for _, a := range Find(reg, doc) {
			for _, m := range a.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("bad span %v in %q", m.Span, text)
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	reg := mustDefault(b)
	var sb strings.Builder
	for _, c := range findCases {
		sb.WriteString(c.text)
		sb.WriteString("\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(reg, document.New("b", "2024-07-17", text))
	}
}
