package actors

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

func mustDefault(t testing.TB) *Registry {
	t.Helper()
	reg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestLookupByDate resolves descriptions and names to the office-holder on a
// date.
func TestLookupByDate(t *testing.T) {
	reg := mustDefault(t)
	cases := []struct{ query, date, want string }{
		{"German Chancellor", "2024-07-17", "Olaf Scholz: Chancellor of Germany"},
		{"German Chancellor", "2025-06-01", "Friedrich Merz: Chancellor of Germany"},
		{"German Chancellor", "2010-01-01", "Angela Merkel: Chancellor of Germany"},
		{"the Russian leader", "2010-07-17", "Dmitry Medvedev: President of Russia"},
		{"Russian President", "2024-07-17", "Vladimir Putin: President of Russia"},
		{"Kremlin spokesman", "2024-07-17", "Dmitry Peskov: Kremlin Spokesperson"},
		{"NATO chief", "2024-07-17", "Jens Stoltenberg: Secretary General of NATO"},
		{"NATO chief", "2025-03-01", "Mark Rutte: Secretary General of NATO"},
		{"Ukrainian Foreign Minister", "2024-07-17", "Dmytro Kuleba: Foreign Minister of Ukraine"},
		{"Ukrainian Foreign Minister", "2024-10-01", "Andrii Sybiha: Foreign Minister of Ukraine"},
		{"US Secretary of State", "2022-03-01", "Antony Blinken: Secretary of State of the United States"},
		{"British Prime Minister", "2022-10-01", "Liz Truss: Prime Minister of the United Kingdom"},
		{"Olaf Scholz", "2019-01-01", "Olaf Scholz: Finance Minister of Germany"},
		{"UN Secretary-General", "2015-05-05", "Ban Ki-moon: Secretary General of the United Nations"},
		{"Russian President", "1996-07-03", "Boris Yeltsin: President of Russia"},
		{"Russian Prime Minister", "1998-10-01", "Yevgeny Primakov: Prime Minister of Russia"},
		{"Israeli Prime Minister", "1994-05-04", "Yitzhak Rabin: Prime Minister of Israel"},
		{"Israeli Prime Minister", "1997-01-15", "Benjamin Netanyahu: Prime Minister of Israel"},
		{"British Prime Minister", "1992-04-09", "John Major: Prime Minister of the United Kingdom"},
		{"Japanese Prime Minister", "1995-03-20", "Tomiichi Murayama: Prime Minister of Japan"},
		{"South African President", "1996-12-10", "Nelson Mandela: President of South Africa"},
		{"Pakistani Prime Minister", "1998-05-28", "Nawaz Sharif: Prime Minister of Pakistan"},
		{"US Secretary of State", "1994-06-01", "Warren Christopher: Secretary of State of the United States"},
		{"NATO chief", "1997-07-08", "Javier Solana: Secretary General of NATO"},
		{"Serbian President", "1995-11-21", "Slobodan Milošević: President of Serbia"},
		{"Shimon Peres", "1996-02-25", "Shimon Peres: Prime Minister of Israel"},
		{"Lebanese President", "2010-06-01", "Michel Suleiman: President of Lebanon"},
		{"Nigerian President", "1996-05-01", "Sani Abacha: Head of State of Nigeria"},
		{"Algerian President", "1993-03-01", "Ali Kafi: Head of State of Algeria"},
		{"Japanese Prime Minister", "2010-01-15", "Yukio Hatoyama: Prime Minister of Japan"},
	}
	for _, c := range cases {
		ms := reg.Lookup(c.query, c.date)
		got := "none"
		if len(ms) > 0 {
			got = fmt.Sprintf("%s: %s", ms[0].Entry.Name, ms[0].Role.Display(reg))
		}
		if got != c.want {
			t.Errorf("Lookup(%q, %s) = %q, want %q", c.query, c.date, got, c.want)
		}
	}
}

func validUTF8(s string) bool { return utf8.ValidString(s) }
