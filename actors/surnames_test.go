package actors_test

import "testing"

// TestTitledNamesakes checks a title and a lone surname shared by people
// of two states whose terms lie apart: the state of the one holding a role
// on the date, else of the one whose role began by then and ended no more
// than twenty years before (inView; "President Herzog" of West Germany in
// 1995 and of Israel in 2022; "Prime Minister Clark" of Canada in 1987 and
// of New Zealand in 2005), and "the X government" alike. Every mention as
// text=CODE ("?" a role with no country yet, "~" a modifier).
func TestTitledNamesakes(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"1995-03-03", "President Herzog met Chancellor Kohl.", "President Herzog=DEUGOV | Chancellor Kohl=DEUGOV"},
		{"2022-03-03", "President Herzog met Prime Minister Bennett.", "President Herzog=ISRGOV | Prime Minister Bennett=ISRGOV"},
		{"1987-03-03", "Prime Minister Clark met Chancellor Kohl.", "Prime Minister Clark=CANGOV | Chancellor Kohl=DEUGOV"},
		{"2005-03-03", "Prime Minister Clark met Chancellor Kohl.", "Prime Minister Clark=NZLGOV | Chancellor Kohl=DEUGOV"},
		{"1987-03-03", "The Nakasone government said it would act.", "The Nakasone government=JPNGOV"},
		{"1990-03-03", "Foreign Minister Aziz met President Mubarak.", "Foreign Minister Aziz=IRQGOV | President Mubarak=EGYGOV"},
		{"2005-03-03", "Prime Minister Aziz met President Mubarak.", "Prime Minister Aziz=PAKGOV | President Mubarak=EGYGOV"},
	}, showCode)
}

// TestSurnameInView checks lone surnames of office holders of 1980-1999
// and of their namesakes (surnames.go inView): a namesake of another state
// whose roles begin after the date, or ended more than twenty years before
// it, does not compete (Gerhard Stoltenberg in 1987, Jens Stoltenberg in
// 2016); a person out of every role for that long is not named by a lone
// surname at all; "Santos", a common name and a Brazilian port, names no
// one.
func TestSurnameInView(t *testing.T) {
	checkHolders(t, []holderCase{
		{"reagan", "1987-03-03", "USAGOV USA [GOV] Ronald Reagan"},
		{"reagan", "1995-03-03", "USA USA [] Ronald Reagan"},
		{"reagan", "2015-03-03", ""},
		{"stoltenberg", "1987-03-03", "DEUGOV DEU [GOV] Gerhard Stoltenberg"},
		{"stoltenberg", "2016-03-03", "IGOWSTNAT  [] Jens Stoltenberg"},
		{"stoltenberg", "2008-03-03", ""}, // both in view: Jens in Norway's government, Gerhard out since 1992
		{"yeutter", "1987-03-03", "USAGOV USA [GOV] Clayton Yeutter"},
		{"nakasone", "1987-03-03", "JPNGOV JPN [GOV] Yasuhiro Nakasone"},
		{"nakasone", "2009-03-03", "JPNGOV JPN [GOV] Hirofumi Nakasone"},
		{"funaro", "1987-03-03", "BRAGOV BRA [GOV] Dilson Funaro"},
		{"lawson", "1987-03-03", "GBRGOV GBR [GOV] Nigel Lawson"},
		{"herzog", "1995-03-03", "DEUGOV DEU [GOV] Roman Herzog"},
		{"herzog", "2022-03-03", "ISRGOV ISR [GOV] Isaac Herzog"},
		{"santos", "1987-03-03", ""},
		{"blair", "2019-06-01", ""},
	})
}

// TestHolderNested checks the lone-surname lookup for namesakes of
// different states: one whose term lies within the other's ongoing one
// (Ludovic Orban, Francisco Guterres) leaves the surname to the other,
// on any date, when the other led a state or an international
// organisation then; terms that do not nest (Tony and Bill Blair), or nest
// in the years of one who led neither (Kamala and Simon Harris), share it.
func TestHolderNested(t *testing.T) {
	checkHolders(t, []holderCase{
		{"orban", "2024-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"orban", "2020-06-01", "HUNGOV HUN [GOV] Viktor Orban"},
		{"guterres", "2019-06-01", "IGOUNO  [] António Guterres"},
		{"guterres", "2024-06-01", "IGOUNO  [] António Guterres"},
		{"blair", "2019-06-01", ""},
		// Bill Blair's roles begin in 2018: in 2004 "Blair" is Tony's (surnames.go, inView)
		{"blair", "2004-06-01", "GBRGOV GBR [GOV] Tony Blair"},
		// nested in the years of a namesake who led nothing then: shared
		// (Kamala Harris within Simon Harris's time in Ireland's government)
		{"harris", "2024-06-01", ""},
		{"harris", "2026-03-01", ""}, // Kamala Harris out of office since 2025 but in view, as Tony Blair in 2019
		{"abbott", "2014-06-01", ""}, // Tony Abbott of Australia, Diane Abbott of Britain's opposition
	})
}
