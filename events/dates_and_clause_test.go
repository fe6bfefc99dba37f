package events_test

import "testing"

// TestAndClauseDate dates a clause joined by ", and" to a clause that
// names its day by that day, when it names none of its own (the gold
// sets' dev35–dev42 lines: "received … on Thursday, and the two agreed
// …"), also a reaction to it and a clause told as "later" (README item
// 26); a claim of responsibility, a clause before ", and" dated by a year
// or by a noun's own day, keep the publication date. Published Saturday
// 2024-07-13.
func TestAndClauseDate(t *testing.T) {
	checkDates(t, []dateCase{
		// a new subject after ", and"
		{"Chile's president received his Bolivian counterpart in Santiago on Wednesday, and the two leaders signed an agreement on water rights.",
			[]string{"CHLGOV 043 BOLGOV asserted 2024-07-10/day", "BOLGOV 042 CHLGOV asserted 2024-07-10/day",
				"CHLGOV 057 BOLGOV asserted 2024-07-10/day", "BOLGOV 057 CHLGOV asserted 2024-07-10/day"}},
		{"Thousands of students marched through Dhaka on Monday, and police fired tear gas to disperse them.",
			[]string{"BGDEDU 141 - asserted 2024-07-08/day", "BGDCOP 175 BGDEDU asserted 2024-07-08/day"}},
		// a force's pronoun object is its victims, not the act before:
		// both tellings of the 175 take Monday and fold into one
		{"Thousands of students marched through Dhaka on Monday, and police used tear gas to disperse them.",
			[]string{"BGDEDU 141 - asserted 2024-07-08/day", "BGDCOP 175 BGDEDU asserted 2024-07-08/day"}},
		{"Ghana expelled two Togolese diplomats on Thursday, and Togo responded by recalling its ambassador from Accra.",
			[]string{"GHA 161 TGOGOV asserted 2024-07-11/day", "TGO 161 GHA asserted 2024-07-11/day"}},
		{"Sudanese troops shelled rebel positions near Kadugli on Tuesday, and the rebels accused the army of targeting civilians.",
			[]string{"SDNMIL 194 SDNREB asserted 2024-07-09/day", "SDNREB 112 SDNMIL asserted 2024-07-09/day"}},
		// the same subject after ", and"; the alleged act keeps the
		// publication date (date_reacted.go)
		{"Ukraine accused Russia on Tuesday of shelling a hospital in Kherson, and asked the United Nations for an inquiry.",
			[]string{"UKR 112 RUS asserted 2024-07-09/day", "RUS 194 UKR alleged 2024-07-13/day", "UKR 020 IGOUNO asserted 2024-07-09/day"}},
		// near miss: a claim of responsibility (README item 22)
		{"Gunmen attacked a police post in Niger on Tuesday, and the Islamic State group later claimed responsibility.",
			[]string{"IMGMOSISL 190 NERCOP asserted 2024-07-09/day", "IMGMOSISL 015 - asserted 2024-07-13/day"}},
		// a denial answering the clause before (W15076, W33015)
		{"Peru accused Bolivia on Tuesday of backing the protesters, and La Paz denied the charge.",
			[]string{"PER 112 BOL asserted 2024-07-09/day", "BOL 016 PER asserted 2024-07-09/day"}},
		// a reaction to the clause before, restated as "the move"
		{"Serbia closed its border crossings with Kosovo on Tuesday, and Pristina condemned the move.",
			[]string{"SRB 191 KSV asserted 2024-07-09/day", "KSV 111 SRB asserted 2024-07-09/day"}},
		// a clause told as "later" (W40064)
		{"Thousands of nurses marched through Nairobi on Wednesday, and police later dispersed them with tear gas.",
			[]string{"KENHLH 141 - asserted 2024-07-10/day", "KENCOP 175 KENHLH asserted 2024-07-10/day"}},
		// near miss: the day is a noun's own ("Tuesday's rally")
		{"Kenyan protesters blocked roads in Nairobi ahead of Tuesday's rally, and police arrested 40 people.",
			[]string{"KENCVL 144 KENGOV asserted 2024-07-13/day", "KENCOP 173 KENCVL asserted 2024-07-13/day"}},
		// near miss: a month lends nothing
		{"Kenyan police arrested dozens of protesters in Nairobi last month, and the opposition accused the government of repression.",
			[]string{"KENCOP 173 KENCVL asserted 2024-06/month", "KENOPP 112 KENGOV asserted 2024-07-13/day"}},
		// a purpose infinitive after the day ("to demand …", coded
		// hypothetical at the march) leaves the march a done act that
		// lends its day (W37010, W44002)
		{"Thousands of teachers marched through Nairobi on Wednesday to demand higher pay, and police dispersed them with tear gas.",
			[]string{"KENEDU 1412 KENGOV asserted 2024-07-10/day", "KENCOP 175 KENEDU asserted 2024-07-10/day"}},
		// a day after a verb with no event of its own (W42008)
		{"Ukraine's parliament voted on Tuesday to ban Russian-language broadcasts, and Russia's foreign ministry condemned the vote.",
			[]string{"UKRLEG 1721 - asserted 2024-07-09/day", "RUSGOV 111 UKRLEG asserted 2024-07-09/day"}},
		// a noun's own month after "earlier" is passed over for the
		// verb's day before it (W53023)
		{"Pakistan tested a missile on Thursday, answering India's test earlier this month, and the United States said it would impose sanctions on Islamabad.",
			[]string{"PAK 150 - asserted 2024-07-11/day", "USA 1312 PAK future 2024-07-11/day"}},
		{"Ukraine's parliament voted on Tuesday to make Ukrainian the only language of schools, and Russia's foreign ministry condemned the vote.",
			[]string{"RUSGOV 111 UKRLEG asserted 2024-07-09/day"}},
		// a clause joined by ", but" (W59028) or by ", where" (W57045),
		// and a day after a noun in the verb's phrase (W59003)
		{"Colombia accepted a ceasefire proposal on Tuesday, but the ELN rejected it.",
			[]string{"COL 0871 - asserted 2024-07-09/day", "COLREB 120 COL asserted 2024-07-09/day"}},
		{"Thousands of protesters marched through Nairobi on Thursday toward the city centre, where police fired tear gas at them.",
			[]string{"KENCVL 141 - asserted 2024-07-11/day", "KENCOP 175 KENCVL asserted 2024-07-11/day"}},
		{"Portuguese workers walked off the job in a general strike on Wednesday, and police fired tear gas at youths outside parliament.",
			[]string{"PRTLAB 143 PRTGOV asserted 2024-07-10/day", "PRTCOP 175 PRTCVL asserted 2024-07-10/day"}},
		// near miss: the clause after ", but" has a day of its own
		{"Colombia accepted a ceasefire proposal on Tuesday, but the ELN rejected it on Thursday.",
			[]string{"COL 0871 - asserted 2024-07-09/day", "COLREB 120 COL asserted 2024-07-11/day"}},
		// near miss: a verb before the day that is no past tense lends
		// nothing
		{"Ukraine's parliament is voting on Tuesday to make Ukrainian the only language of schools, and Russia's foreign ministry condemned the plan.",
			[]string{"RUSGOV 111 - asserted 2024-07-13/day"}},
	})
}
