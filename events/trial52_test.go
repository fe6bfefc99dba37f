package events_test

import "testing"

// Cases from a fresh user's trial on real news (session 51), in invented
// wordings: background history told in a time clause after a past year,
// a place after "in" read as the target of a shooting, an arrival told in
// the present, how someone sounds, and exercises held as a habit.

// TestHistoryTimeClause52: an act told in a time clause right after a
// past year ("in May 2022, shortly after Russia invaded Ukraine") is the
// background of history and no event, as the dated act is
// (falseevents_history.go: timeClauseAfterYear); a time clause after a
// date of the story's own days is coded.
func TestHistoryTimeClause52(t *testing.T) {
	checkDated(t, newCoder(t), "2026-04-25", []coverageCase{
		{"Finland applied to join NATO in May 2022, shortly after Russia invaded Ukraine.", nil},
		{"Sweden joined the alliance in 2024, two years after Russia annexed Crimea.", nil},
		{"Estonia expelled two Russian diplomats in 2023 soon after Russia seized a border guard.", nil},
		{"Poland scrambled jets on Friday, shortly after Russia attacked western Ukraine.", []string{"POL 150 - asserted", "RUS 190 UKR asserted"}},
	})
}

// TestVenueShooting52: an unidentified gunman's shooting at a crowded
// venue hits the people there, the civilians of the place named after
// the venue, not the place's state (targets_venue.go); a named victim,
// a police station and an armed group's attack on a place keep their
// targets.
func TestVenueShooting52(t *testing.T) {
	checkDated(t, newCoder(t), "2026-03-04", []coverageCase{
		{"A gunman opened fire at a nightclub in Ohio, killing four people.", []string{"USAUAF 193 USACVL asserted"}},
		{"A gunman opened fire at a cinema in the US state of Louisiana on Saturday.", []string{"USAUAF 193 USACVL asserted"}},
		{"Gunmen opened fire at a crowded bar in Mexico City on Friday.", []string{"MEXUAF 193 MEXCVL asserted"}},
		{"Gunmen opened fire at a police station in Kano.", []string{"NGAUAF 190 NGACOP asserted"}},
		{"A gunman opened fire on worshippers in Louisiana.", []string{"USAUAF 193 USACVL asserted"}},
	})
}

// TestFutureArrival52: an arrival planned ("will arrive in Kenya",
// "lands in Kenya later on Friday") is an intent to visit (036, future)
// with the state of the place arrived in as target, as "will travel to"
// was (roles_object.go); an arrival done is the visit both ways.
func TestFutureArrival52(t *testing.T) {
	checkDated(t, newCoder(t), "2026-03-06", []coverageCase{
		{"The Italian prime minister will arrive in Kenya on Saturday.", []string{"ITAGOV 036 KEN future"}},
		{"Macron lands in Nairobi later on Friday for his first visit to the country.", []string{"FRAGOV 036 KEN future"}},
		{"The Italian prime minister arrived in Kenya on Tuesday.", []string{"ITAGOV 042 KEN asserted", "KEN 043 ITAGOV asserted"}},
	})
}

// TestTitleArrival52: an arrival told in the present after a title ("the
// French president lands in Kenya on Tuesday") is the visit, where the
// tagger read "president lands" as a plural noun (sentences: titleHead).
func TestTitleArrival52(t *testing.T) {
	checkDated(t, newCoder(t), "2026-03-06", []coverageCase{
		{"The Italian president lands in Kenya on Tuesday for his first visit to the country.", []string{"ITAGOV 042 KEN asserted", "KEN 043 ITAGOV asserted"}},
		{"The Kenyan foreign minister arrives in Rome on Monday.", []string{"KENGOV 042 ITA asserted", "ITA 043 KENGOV asserted"}},
	})
}

// TestSoundedMood52: how someone sounded, with no prospect the mood is
// about, is how they came across, no comment (data/verbs.txt "sound");
// a mood sounded about a prospect stays 013 or 012.
func TestSoundedMood52(t *testing.T) {
	checkDated(t, newCoder(t), "2024-07-13", []coverageCase{
		{"The Iranian foreign minister did not sound very confident on Monday.", nil},
		{"The Iranian foreign minister sounded confident on Monday.", nil},
		{"The Iranian foreign minister sounded confident that a deal was near.", []string{"IRNGOV 013 - asserted"}},
		{"The Iranian foreign minister sounded gloomy about the talks on Monday.", []string{"IRNGOV 012 - asserted"}},
	})
}

// TestHabitualShow52: exercises told as a habit or described in the
// simple present with a bare plural ("holds exercises every year",
// "carries out joint military exercises") are no drill held
// (habitual_show.go); a dated drill, a drill told in a narrating sentence
// and a past drill stay 150.
func TestHabitualShow52(t *testing.T) {
	c := newCoder(t)
	checkLastParagraph(t, c, []articleCase{
		{[]string{"The alliance was founded in 1949.", "Britain holds naval exercises every summer in the North Sea."}, nil},
		{[]string{"The alliance was founded in 1949.", "It also co-ordinates defence plans and carries out joint military exercises."}, nil},
		{[]string{"The alliance was founded in 1949.", "Britain holds naval exercises in the North Sea on Monday."}, []string{"GBR 150 - asserted 2024-07-08"}},
		{[]string{"The alliance was founded in 1949.", "It happened as Japanese forces conduct annual drills in the region."}, []string{"JPNMIL 150 - asserted 2024-07-13"}},
		{[]string{"The alliance was founded in 1949.", "Britain held naval exercises in the North Sea."}, []string{"GBR 150 - asserted 2024-07-13"}},
	})
}

// TestShortlyAfterDate52: an act told in a time clause opened by
// "shortly after", "hours after" takes the date of the clause before it
// (record.go shortlyAfterDate), not the publication day.
func TestShortlyAfterDate52(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2026-04-25", "Poland scrambled jets on Friday, hours after Russia attacked western Ukraine.", []string{"POL 150 - asserted 2026-04-24", "RUS 190 UKR asserted 2026-04-24"}},
		{"2026-04-25", "Finland applied to join NATO in May 2025, shortly after Russia invaded Ukraine.", []string{"FIN 021 IGOWSTNAT asserted 2025-05", "RUS 190 UKR asserted 2025-05"}},
		{"2026-04-25", "Poland scrambled jets on Friday after Russia attacked western Ukraine on Thursday.", []string{"POL 150 - asserted 2026-04-24", "RUS 190 UKR asserted 2026-04-23"}},
	}, true)
}
