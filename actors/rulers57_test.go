package actors_test

import "testing"

// TestRulerTitle57 checks, on sentences written for this test, that
// "ruler" is a holder's title a name may follow, as "leader" is: "Fiji's
// military ruler Sitiveni Tamana" is one mention, FJIGOV (a junta in
// power is GOV), so the verb after it has its subject; near misses: the
// title without a name, and a one-word name (a lower-case title takes a
// name of two words or more). Every mention as text=CODE.
func TestRulerTitle57(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2001-05-14", "Fiji's military ruler Sitiveni Tamana banned all rallies.", "Fiji's military ruler Sitiveni Tamana=FJIGOV"},
		{"2001-05-14", "Mauritania's new ruler Ahmed Ould Sidi freed the prisoners.", "Mauritania's new ruler Ahmed Ould Sidi=MRTGOV | the prisoners=?CVL"},
		{"2001-05-14", "Fiji's military ruler banned all rallies.", "Fiji's military ruler=FJIGOV"},
	}, showCode)
}

// TestDoctorTitle57 checks, on sentences written for this test, that
// "doctor" is a holder's title a name may follow ("Kenyan doctor Ahmed
// Nasser" is one mention, KENHLH), and that a state's chief sanitary
// doctor or chief medical officer is an official of its government (GOV),
// not a physician (HLH). Every mention as text=CODE.
func TestDoctorTitle57(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2013-09-09", "Kenyan doctor Ahmed Nasser accused the police.", "Kenyan doctor Ahmed Nasser=KENHLH | the police=?COP"},
		{"2013-09-09", "Russia's chief sanitary doctor Pavel Sorokin banned the wine.", "Russia's chief sanitary doctor Pavel Sorokin=RUSGOV"},
		{"2013-09-09", "Britain's chief medical officer warned the government.", "Britain's chief medical officer=GBRGOV | the government=?GOV"},
	}, showCode)
}
