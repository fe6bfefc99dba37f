package events_test

import "testing"

// TestKurdishSelfRule checks that Syria's Kurdish self-rule is never the
// Syrian government: its named bodies (the PYD, the autonomous
// administration) are SYRREB as the SDF and YPG are
// (actors/data/groups.txt; testdata/gold/README.md: "the Kurdish-led SDF
// is SYRREB"); its unnamed ones ("the Kurdish-led administration",
// "authorities in Syria's Kurdish autonomous region") are a people's
// officials, no actor, as "Kurdish officials" are; its forces, however
// led, are its fighters (SYRREB).
func TestKurdishSelfRule(t *testing.T) {
	checkFamiliesOn(t, "2019-10-14", "", []familyCase{
		{"named party", "The Democratic Union Party accused Damascus of betraying the Kurds.",
			[]string{"SYRREB 112 SYR asserted"}},
		{"named party, lower case", "The Democratic Union party urged Russia on Sunday to halt the Turkish advance.",
			[]string{"SYRREB 020 RUS asserted"}},
		{"party by its initials", "The PYD condemned the Turkish offensive on Tuesday.",
			[]string{"SYRREB 111 TUR asserted"}},
		{"named administration", "The autonomous administration of north and east Syria urged France to repatriate its citizens.",
			[]string{"SYRREB 020 FRA asserted"}},
		{"led administration", "The Kurdish-led administration called on the United Nations to intervene.",
			nil},
		{"led authorities", "The Kurdish-led authorities in Syria handed over two orphans to Russia on Monday.",
			nil},
		{"authorities of the region", "Authorities in Syria's Kurdish autonomous region said on Sunday they had arrested 12 Islamic State suspects.",
			nil},
		{"officials of the held north-east", "Officials in the Kurdish-held north-east said they had detained 30 fighters near Raqqa.",
			nil},
		{"led forces are fighters", "Kurdish-led forces shelled a Turkish army post near Tal Abyad.",
			[]string{"SYRREB 194 TURMIL asserted"}},
		{"state authorities stay", "Syrian authorities arrested 12 Islamic State suspects in Homs on Sunday.",
			[]string{"SYRGOV 173 IMGMOSISL asserted"}},
	}, false)
}

// TestPronounOfSpeaker checks whom "it" and "they" mean: "X said …,
// adding that it …" is X, the speaker the participle continues, whatever
// a quotation before names; a "they" after a sentence opened by people no
// actor covers ("Kurdish officials asked …. But they denied …") is those
// people, no actor, not the party they acted on; a "they" opening a
// relative clause with no pronoun ("concessions they have refused") with
// another party between it and the subject is unsure, no actor.
func TestPronounOfSpeaker(t *testing.T) {
	checkFamiliesOn(t, "2018-01-21", "", []familyCase{
		{"adding, after a quotation naming another", "\"The Turkish army wants to drive civilians from their land,\" the YPG branch in Afrin said in a statement, adding that it held Ankara accountable for the deaths.",
			[]string{"SYRREB 112 TUR asserted"}},
		{"adding, after a clause naming another", "Russian troops left the base overnight, the SDF said on Sunday, adding that it blamed Damascus for the attack.",
			[]string{"SYRREB 112 SYR asserted"}},
		{"saying", "\"Israeli jets struck our positions,\" Hezbollah said in a statement, saying it condemned Israel for the raid.",
			[]string{"LBNREB 111 ISR asserted"}}, // (our positions unread: no ISRMIL 195, unaimed.go)
		{"noting, speaker not first", "Indian troops fired across the line, the Pakistani army said on Monday, noting that it rejected India's claims.",
			[]string{"PAKMIL 120 IND asserted"}},
		{"they after people no actor", "Kurdish officials asked the Syrian government to send troops to the border. But they denied on Monday that a deal had been reached, though they did not deny that talks were under way.",
			nil},
		{"they after an actor subject", "Turkish officials asked Russia to restrain the Syrian army. They criticised Damascus on Monday.",
			[]string{"TURGOV 020 RUS asserted", "TURGOV 111 SYR asserted"}},
		{"contact relative with a party between", "Britain and France want to force the Syrian regime to make concessions they have refused to make in Geneva.",
			nil},
		{"saying they continues the subject", "Britain and France urged Iran to release the sailors, saying they would impose sanctions otherwise.",
			[]string{"GBR 0253 IRN asserted", "FRA 0253 IRN asserted", "GBR 1312 - future", "FRA 1312 - future"}},
	}, false)
}
