package events_test

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/events"
)

// checkDated codes each case as a one-sentence article published on date
// and compares its events ("SOURCE CAMEO TARGET status") with want.
func checkDated(t *testing.T, c *events.Coder, date string, cases []coverageCase) {
	t.Helper()
	for _, tt := range cases {
		a := &dyad.Article{ID: "t", Published: date, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s (%s)\n got: %q\nwant: %q", tt.text, date, got, tt.want)
		}
	}
}

// TestFormerDatedAct checks, on sentences written for this test, that a
// past office holder's act the sentence dates ("on Monday") is news,
// coded with the country alone, while an undated one stays background.
func TestFormerDatedAct(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-11-20", []coverageCase{
		{"Sheikh Hasina accused India on Monday of sheltering criminals.",
			[]string{"BGD 112 IND asserted"}},
		{"Sheikh Hasina refused to resign.", nil},
	})
}

// TestOrgTitleName checks, on sentences written for this test, that an
// organisation, a title and an unknown name are one mention with the
// organisation's code ("ECOWAS Commission President Omar Alieu Touray"),
// and that a known person outside his dictionary role keeps the group
// the text names him by ("Hezbollah commander Fuad Shukr" after his
// death).
func TestOrgTitleName(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"ECOWAS Commission President Omar Alieu Touray criticised Mali's junta on Thursday.",
			[]string{"IGOWAFECO 111 MLIGOV asserted"}},
	})
	checkDated(t, c, "2024-08-05", []coverageCase{
		{"Israel said on Thursday it had killed Hezbollah commander Fuad Shukr in Beirut.",
			[]string{"ISR 186 LBNREB asserted"}},
	})
}

// TestVictimsWhereItHappened checks, on sentences written for this test,
// that soldiers killed by an armed group serve the state where it
// happened, and that "Niger State" is in Nigeria.
func TestVictimsWhereItHappened(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"JNIM fighters killed 30 soldiers in an ambush in Niger on Sunday.",
			[]string{"MLIREB 180 NERMIL asserted"}},
		{"Al-Shabaab fighters killed five soldiers near Mogadishu on Tuesday.",
			[]string{"SOMREB 180 SOMMIL asserted"}},
		{"Gunmen kidnapped 15 farmers in Niger State on Friday.",
			[]string{"NGAUAF 181 NGAAGR asserted"}},
	}, false)
}

// TestUnnamedSides checks, on sentences written for this test, that "all
// parties" and "the warring parties" are the sides of a conflict, no
// political party, and that a military or intelligence body's drones are
// its own while a ministry's warplanes are its state's military.
func TestUnnamedSides(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The UN called on the warring parties in Sudan to accept a truce on Monday.",
			[]string{"IGOUNO 0256 - asserted"}},
		{"The UN called on all parties in Sudan to accept a truce on Monday.",
			[]string{"IGOUNO 0256 - asserted"}},
		{"Ukraine's military intelligence said its drones had struck an airfield in Russia's Kursk region on Sunday.",
			[]string{"UKRSPY 195 RUS asserted"}},
		{"Russia's defence ministry said its warplanes had struck militants in Syria's Idlib province on Sunday.",
			[]string{"RUSMIL 195 SYRREB asserted"}},
	}, false)
}

// TestDatelineState checks, on sentences written for this test, that a
// state body named before any state ("The interior ministry", "The prime
// minister") is the dateline's state, and that a sentence's own state
// still comes first.
func TestDatelineState(t *testing.T) {
	c := newCoder(t)
	for _, tt := range []struct {
		dateline, text string
		want           []string
	}{
		{"NAIROBI", "The interior ministry said on Sunday it had deported 40 Ethiopian migrants.",
			[]string{"KENGOV 174 ETHREF asserted"}},
		{"ISLAMABAD", "The prime minister on Monday ordered an investigation into the bombing.",
			[]string{"PAKGOV 093 - asserted"}},
		{"NAIROBI", "Uganda's army said on Sunday that its troops had killed 20 rebels.",
			[]string{"UGAMIL 190 UGAREB asserted"}},
		{"", "The interior ministry said on Sunday it had deported 40 Ethiopian migrants.", nil},
	} {
		a := &dyad.Article{ID: "t", Published: "2024-07-13", Dateline: tt.dateline, Body: []string{tt.text}}
		var got []string
		for _, e := range c.Code(a) {
			got = append(got, eventLine(e, false))
		}
		if !sameEvents(got, tt.want) {
			t.Errorf("%s — %s\n got: %q\nwant: %q", tt.dateline, tt.text, got, tt.want)
		}
	}
}

// TestForceNounSubject checks, on sentences written for this test, that
// an airstrike or shelling that opens the sentence as the subject of a
// harm verb is its country's military, while a nominal after "by" keeps
// the country alone.
func TestForceNounSubject(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"An Israeli airstrike killed three Hezbollah fighters on Monday.",
			[]string{"ISRMIL 195 LBNREB asserted"}}, // an airstrike is aerial (conflict.go)
		{"Pakistan was hit by Indian missile strikes overnight, the army said.",
			[]string{"IND 195 PAK asserted"}},
	}, false)
}

// TestServingWith checks, on sentences written for this test, that troops
// "serving with" a mission are the subject, not the mission's
// organisation, and that bare peacekeepers are no army of the place
// they are in.
func TestServingWith(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"South African troops serving with the SADC mission attacked M23 rebels near Sake on Friday.",
			[]string{"ZAFMIL 190 CODREB asserted"}},
		{"Kenyan police officers serving with the UN mission arrested gang leaders in Haiti on Friday.",
			[]string{"KENCOP 173 HTICRM asserted"}},
		{"The UN mission condemned the attack on Friday.",
			[]string{"IGOUNO 111 - asserted"}},
		{"The UN chief condemned the attack on peacekeepers in southern Lebanon on Friday.",
			[]string{"IGOUNO 111 - asserted"}},
	}, false)
}

// TestAppositionMember checks, on sentences written for this test, that an
// unknown name with an apposition making its bearer a member or officer of
// an organisation acts for it, while an apposition naming no membership
// ("a resident of Gaza", "an analyst at …") gives no actor; that a
// chargé d'affaires is his government's; and that parties of Bangladesh and
// Pakistan are known.
func TestAppositionMember(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Mohammed al-Bukhaiti, a member of the Houthis' political bureau, criticised the United States on Sunday.",
			[]string{"YEMREB 111 USA asserted"}},
		{"Mohammed Bukhaiti, a senior member of Hamas, criticised the United States on Sunday.",
			[]string{"PSEREB 111 USA asserted"}},
		{"Mohammed Bukhaiti, a resident of Gaza, criticised the United States on Sunday.", nil},
		{"John Smith, an analyst at Human Rights Watch, criticised the United States on Sunday.", nil},
		{"The Iraqi foreign ministry summoned Iran's charge d'affaires on Friday.",
			[]string{"IRQGOV 114 IRNGOV asserted"}},
		{"The Awami League accused the interim government on Monday of persecution.",
			[]string{"BGDPTY 112 BGDGOV asserted"}},
		{"Pakistan Tehreek-e-Insaf accused the army on Monday of rigging the election.",
			[]string{"PAKPTY 112 PAKMIL asserted"}},
	}, false)
}

// TestStateInstitutions checks, on sentences written for this test, that
// a state's institution the dictionary lacks, named in capitals after the
// state, takes the role its name says, that unnamed armed men are
// unaffiliated gunmen of the place, and that a one-word name or a name
// with no institution noun is no institution.
func TestStateInstitutions(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Nigeria's Department of State Services arrested a journalist on Thursday.",
			[]string{"NGASPY 173 NGAMED asserted"}},
		{"India's National Investigation Agency arrested three militants on Thursday.",
			[]string{"INDCOP 173 INDREB asserted"}},
		{"The Philippines' National Maritime Council accused China of harassment on Thursday.",
			[]string{"PHLGOV 112 CHN asserted"}},
		{"Kenya's Nation Media Group criticised the government on Thursday.", nil},
		{"Armed men kidnapped two Chinese nationals in eastern Congo on Thursday.",
			[]string{"CODUAF 181 CHNCVL asserted"}},
	}, false)
}

// TestOrgStaff checks, on sentences written for this test, that an
// organisation's staff members keep its code and an embassy's staff are
// its government's.
func TestOrgStaff(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Two staff members of the World Food Programme were abducted by Arakan Army fighters on Saturday.",
			[]string{"MMRREB 181 IGOUNOWFP asserted"}},
		{"Israeli forces killed three MSF staff members in Gaza on Saturday.",
			[]string{"ISRMIL 190 NGOHLHMSF asserted"}},
		{"Russia expelled two staff members of the US embassy on Saturday.",
			[]string{"RUS 174 USAGOV asserted"}},
		{"Israeli forces arrested two Palestinian staff members of UNRWA on Saturday.",
			[]string{"ISRMIL 173 IGOUNORWA asserted"}},
	}, false)
}
