package events_test

import "testing"

// pastParagraphCases: a paragraph anchored in a past year ("In 2015,
// …") tells history in its undated past-tense sentences after it too;
// a sentence with a date of its own, one in the present, and the same
// sentences in a paragraph of their own are read as before
// (falseevents_history_paragraph.go). The exact events each one-paragraph
// article gives, published 2024-03-14.
var pastParagraphCases = []familyCase{
	{"anchored", "In 2015, rebels bombed the embassy in Khartoum. In retaliation, Sudanese troops shelled rebel positions near Kassala.", nil},
	{"anchored", "In 2016, gunmen seized the consulate in Basra. Iraqi police later arrested two suspects.", nil},
	// a date that does not open the sentence anchors nothing
	{"not fronted", "Rebels bombed the embassy in Khartoum in 2015. In retaliation, Sudanese troops shelled rebel positions near Kassala.", []string{"SDNMIL 194 SDNREB asserted"}},
	// a date of its own, or the present tense, ends the anchor
	{"own date", "In 2015, rebels bombed the embassy in Khartoum. On Monday, Sudanese troops shelled rebel positions near Kassala.", []string{"SDNMIL 194 SDNREB asserted"}},
	{"present", "In 2015, rebels bombed the embassy in Khartoum. Now Sudanese troops shell rebel positions near Kassala.", []string{"SDNMIL 194 SDNREB asserted"}},
	// a recent year anchors nothing
	{"recent", "In March, rebels bombed the embassy in Khartoum. In retaliation, Sudanese troops shelled rebel positions near Kassala.", []string{"SDNREB 183 SDN asserted", "SDNMIL 194 SDNREB asserted"}},
}

// TestPastParagraph codes each case as one paragraph.
func TestPastParagraph(t *testing.T) { checkFamilies(t, "", pastParagraphCases, false) }

// pastParagraphSplitCases: the same sentences, each its own paragraph:
// the second is news of the day.
var pastParagraphSplitCases = []familyCase{
	{"next paragraph", "In 2015, rebels bombed the embassy in Khartoum. In retaliation, Sudanese troops shelled rebel positions near Kassala.", []string{"SDNMIL 194 SDNREB asserted"}},
}

// TestPastParagraphSplit codes each case one paragraph a sentence.
func TestPastParagraphSplit(t *testing.T) { checkFamilies(t, "", pastParagraphSplitCases, true) }

// seasonYearCases: a season or part of a year dates its clause to the
// year (dates_seasons.go): history two or more years back, news in the
// publication year; a season with no year is no date.
var seasonYearCases = []familyCase{
	{"season", "In the summer of 2014, Russian troops invaded eastern Ukraine.", nil},
	{"season", "By the end of 2016, Turkish troops had seized the town of al-Bab.", nil},
	{"season", "Russian troops invaded eastern Ukraine during the winter of 2014.", nil},
	{"season", "In the summer, Russian troops invaded eastern Ukraine.", []string{"RUSMIL 190 UKR asserted"}},
}

// TestSeasonYear codes each case as a one-sentence article.
func TestSeasonYear(t *testing.T) { checkFamilies(t, "", seasonYearCases, false) }
