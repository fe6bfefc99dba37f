package actors_test

import "testing"

// TestCountryAfterDate checks that a country whose name is also a first
// name ("Israel", "China", "Jordan") is a country when a date expression
// ends right before it ("said on Friday Israel's …", "rejected in June
// India's demand"): a day name, or a month after its preposition or day
// number, is no first name. A capitalised word after the country still
// makes it a name ("on Monday Israel Adesanya …"), and so does a
// capitalised word before it that is no date.
func TestCountryAfterDate(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Japan rejected on Monday China's demand for an apology.", "Japan=JPN | China=CHN"},
		{"2024-07-13", "The court said on Friday Israel's occupation was illegal.", "The court=?JUD | Israel=ISR"},
		{"2024-07-13", "Egypt criticised on Tuesday Turkey's plan to drill for gas.", "Egypt=EGY | Turkey=TUR"},
		{"2024-07-13", "The agency said in June Kenya had agreed to the terms.", "The agency=?GOV | Kenya=KEN"},
		{"2024-07-13", "Peru said in early March Chad had asked for help.", "Peru=PER | Chad=TCD"},
		// names stay names
		{"2024-07-13", "On Monday Israel Adesanya won the fight.", ""},
		{"2024-07-13", "Fans cheered Michael Jordan on Monday.", ""},
	}, showCode)
}
