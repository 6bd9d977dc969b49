package timex

import (
	"strings"
	"testing"
)

func found(text, published string) string {
	var parts []string
	for _, tm := range Find(text, published) {
		parts = append(parts, line(text[tm.Start:tm.End], tm.Value, tm.Type, tm.Mod))
	}
	return strings.Join(parts, "; ")
}

// TestFindInSentences: expressions found in running text, with the
// direction read from the sentence's tense. The sentences are invented.
func TestFindInSentences(t *testing.T) {
	tests := []struct{ text, published, want string }{
		{"The minister said we would have a draft treaty in November.", "2024-07-17",
			"November=2024-11 DATE"},
		{"In November, the rebels launched a new offensive.", "2024-07-17",
			"November=2023-11 DATE"},
		{"The envoys met on Monday and will meet again on Friday.", "2024-07-17",
			"Monday=2024-07-15 DATE; Friday=2024-07-19 DATE"},
		{"The forum, which met on June 15 and again on June 16, ended without a deal.", "2024-07-17",
			"June 15=2024-06-15 DATE; June 16=2024-06-16 DATE"},
		{"Talks were held on June 15 and 16 in Geneva.", "2024-07-17",
			"June 15=2024-06-15 DATE; 16=2024-06-16 DATE"},
		{"The army has occupied the region since 2014.", "2024-07-17",
			"2014=2014 DATE"},
		{"The council will vote at 10 a.m. Tuesday.", "2024-07-17",
			"10 a.m. Tuesday=2024-07-23T10:00 TIME"},
		{"The ceasefire, which began on December 14 and will last until December 28, is holding.", "2023-12-15",
			"December 14=2023-12-14 DATE; December 28=2023-12-28 DATE"},
		{"The group must free the prisoners by Saturday, and the mediators agreed.", "2025-02-12",
			"Saturday=2025-02-15 DATE"},
		{"Today the main goal is peace.", "2022-01-26", "Today=PRESENT_REF DATE"},
		{"The two leaders spoke today by phone.", "2022-01-26", "today=2022-01-26 DATE"},
		{"The talks will resume on Monday and run to August.", "2024-07-17", "Monday=2024-07-22 DATE; August=2024-08 DATE"},
		{"Kyiv says drones hit the city on Sunday.", "2024-07-17", "Sunday=2024-07-14 DATE"},
		{"They must leave the land seized since the 24th (February 24, 2022).", "2022-05-13",
			"the 24th=2022-02-24 DATE; February 24, 2022=2022-02-24 DATE"},
		{"The talks began on March 3. By the 5th, they had failed.", "2022-05-13",
			"March 3=2022-03-03 DATE; the 5th=2022-03-05 DATE"},
		{"The 24th brigade and the 5th, the 7th held.", "2022-05-13", ""},
		{"Today is a day of mourning.", "2022-01-26", "Today=2022-01-26 DATE"},
		{"Today, the government is announcing new aid.", "2022-01-26", "Today=2022-01-26 DATE"},
		{"Last week, the foreign minister said peace is currently out of reach.", "2024-07-17",
			"Last week=2024-W28 DATE; currently=PRESENT_REF DATE"},
		{"Flights resumed after a pause of seven years.", "2022-06-02", "seven years=P7Y DURATION"},
		{"Three days of talks ended with a communiqué.", "2024-07-17", "Three days=P3D DURATION"},
		{"The deal expires in mid-2025, officials said on Jul. 3.", "", "mid-2025=2025 DATE MID; Jul. 3=null DATE"},
	}
	for _, tc := range tests {
		if got := found(tc.text, tc.published); got != tc.want {
			t.Errorf("%q @%s:\n got  %s\n want %s", tc.text, tc.published, got, tc.want)
		}
	}
}
