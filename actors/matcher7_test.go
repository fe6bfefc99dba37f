package actors_test

import "testing"

// TestFindMatcher7 checks, on sentences written for this test, the noun
// bridge after a state's possessive (an adverb, an "-ing" word, three
// modifiers), holders out of office (ousted, deposed, exiled, late), kin
// as civilians, an Islamic State branch, a participle after plural
// people, and namesakes whose terms nest: every mention as text=CODE
// ("?" a role with no country yet, "~" a modifier).
func TestFindMatcher7(t *testing.T) {
	checkMentions(t, []mentionCase{
		// a state's possessive joins its role noun across modifiers
		{"2024-03-01", "Yemen's internationally recognised government rejected the offer.", "Yemen's internationally recognised government=YEMGOV"},
		{"2024-03-01", "Estonia's newly appointed ambassador arrived in Moscow.", "Estonia's newly appointed ambassador=ESTGOV | Moscow=RUS"},
		{"2024-03-01", "Bangladesh's acting high commissioner was summoned.", "Bangladesh's acting high commissioner=BGDGOV"},
		{"2024-03-01", "Iraq's ruling coalition government met on Sunday.", "Iraq's ruling coalition government=IRQGOV"},
		// out of office: the country alone, as "former"
		{"2024-03-01", "Bolivia's ousted leader fled to Mexico.", "Bolivia's ousted leader=BOL | Mexico=MEX"},
		{"2024-03-01", "Bolivia's deposed president fled to Mexico.", "Bolivia's deposed president=BOL | Mexico=MEX"},
		{"2024-03-01", "The deposed president fled to Mexico.", "president=? | Mexico=MEX"},
		{"2024-03-01", "The exiled Iranian leader spoke in Paris.", "Iranian leader=IRN | Paris=FRA"},
		{"2024-06-01", "Iran's late president was buried in Mashhad.", "Iran's late president=IRN"},
		// still in office: detained, or the object of the verb; an
		// exiled opposition leader still leads the opposition
		{"2024-03-01", "Belarus's exiled opposition leader spoke on Monday.", "Belarus's exiled opposition leader=BLROPP"},
		{"2021-02-13", "They demanded the release of Myanmar's detained leader.", "Myanmar's detained leader=MMRGOV"},
		{"2024-03-01", "Protesters ousted the Bolivian president.", "Protesters=?CVL | the Bolivian president=BOLGOV"},
		{"2024-03-01", "Late on Monday Israeli troops entered Jenin.", "Israeli troops=ISRMIL"},
		// kin are civilians, as families are
		{"2024-03-01", "Relatives of the hostages protested in Tel Aviv.", "Relatives=?CVL | the hostages=?CVL"},
		{"2024-03-01", "Families of the hostages protested in Tel Aviv.", "Families=?CVL | the hostages=?CVL"},
		// an Islamic State branch is its region's rebels
		{"2024-03-01", "Islamic State's West Africa branch attacked the town.", "Islamic State's West Africa branch=NGAREB"},
		{"2024-03-01", "The Islamic State West Africa branch attacked the town.", "The Islamic State West Africa branch=NGAREB"},
		// an "-ing" participle of place after plural people: no modifier
		{"2024-03-01", "Iranian gunboats operating near the strait harassed a tanker.", "Iranian gunboats=IRNMIL"},
		{"2024-03-01", "Russian troops stationed in Belarus held drills.", "Russian troops=RUSMIL | Belarus=BLR"},
		{"2024-03-01", "Russian gas flowing into Europe fell.", "Russian=~RUS"},
		// namesakes whose terms nest: each by full name on the date
		{"2020-06-01", "Ludovic Orban met Klaus Iohannis.", "Ludovic Orban=ROUGOV | Klaus Iohannis=ROUGOV"},
		{"2024-06-01", "Ludovic Orban criticised the government.", "Ludovic Orban=ROU | the government=?GOV"},
		{"2024-06-01", "Prime Minister Orban criticised Brussels.", "Prime Minister Orban=HUNGOV | Brussels=BEL"},
		{"2019-06-01", "Francisco Guterres met Antonio Guterres in New York.", "Francisco Guterres=TLSGOV | Antonio Guterres=IGOUNO"},
		{"2024-06-01", "Francisco Guterres visited Dili.", "Francisco Guterres=TLS | Dili=TLS"},
	}, showCode)
}

// TestHolderNested checks the lone-surname lookup for namesakes of
// different states: one whose term lies within the other's ongoing one
// (Ludovic Orban, Francisco Guterres) leaves the surname to the other,
// on any date; terms that do not nest (Tony and Bill Blair) share it.
func TestHolderNested(t *testing.T) {
	checkHolders(t, []holderCase{
		{"orban", "2024-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"orban", "2020-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"guterres", "2019-06-01", "IGOUNO  [] António Guterres"},
		{"guterres", "2024-06-01", "IGOUNO  [] António Guterres"},
		{"blair", "2019-06-01", ""},
		// Bill Blair's roles begin in 2018: in 2004 "Blair" is Tony's (people8.go, inView)
		{"blair", "2004-06-01", "GBRGOV GBR [GOV] Tony Blair"},
	})
}
