package events_test

import "testing"

// coder10Cases exercise the fixes of a fresh user's report on the coder
// (coder10.go) with the team's own sentences: the exact events each must
// give ("SOURCE CAMEO TARGET status"; nil: none), with true events of the
// same shapes beside. Two sentences are two paragraphs (split).
var coder10Cases = []familyCase{
	// "saw X <participle>": X is the patient; the source is whoever the
	// sentence names as doing it, else there is no event
	{"saw-participle", "Violent protests broke out in Paris on Saturday. The riots saw police officers assaulted and shops looted.", nil},
	{"saw-participle", "Violent protests broke out in Paris on Saturday. The riots saw police officers assaulted by protesters.", []string{"FRACVL 182 FRACOP asserted"}},
	{"saw-participle", "The weekend saw shops looted and police officers assaulted in Paris.", nil},
	{"saw-participle", "Local people in Nairobi witnessed protesters beaten by riot police.", []string{"KENCOP 175 KENCVL asserted"}},
	{"saw-participle", "French police assaulted protesters in Paris on Saturday.", []string{"FRACOP 175 FRACVL asserted"}},
	{"saw-participle", "Israel and Hamas agreed on Wednesday to a ceasefire that would see hostages freed in exchange for Palestinian prisoners.", []string{"ISR 0871 PSEREB asserted", "PSEREB 0871 ISR asserted"}},
	// "seized the initiative" is no seizure; weapons seized are one
	{"seize-idiom", "Protesters in Lyon seized the initiative on Saturday.", nil},
	{"seize-idiom", "French police seized weapons from protesters in Lyon on Saturday.", []string{"FRACOP 171 FRACVL asserted"}},
	// an unnamed crowd (and the police it faces) with no place of its
	// own is where one of the two sentences before put things, not of
	// the state named last; without such a place, of that state; its own
	// sentence's place first
	{"crowd-country", "Police in Paris arrested 40 people on Sunday after a visit by Germany's chancellor. Protesters were angered by the police.", []string{"FRACOP 173 FRACVL asserted", "FRACVL 111 FRACOP asserted"}},
	{"crowd-country", "Clashes broke out in Nairobi on Tuesday after the United States urged restraint. Protesters were angered by the police.", []string{"USA 0256 - asserted", "KENCVL 111 KENCOP asserted"}},
	{"crowd-country", "Hundreds of people rallied in Tbilisi on Sunday. The European Union criticised Russia's response. Protesters were angered by the police.", []string{"GEOCVL 141 - asserted", "IGOEUREEC 111 RUS asserted", "GEOCVL 111 GEOCOP asserted"}},
	{"crowd-country", "Germany announced new border checks on Monday. Protesters were angered by the police.", []string{"DEUCVL 111 DEUCOP asserted"}},
	{"crowd-country", "Germany announced new border checks on Monday. Protesters in Lyon were angered by the police.", []string{"FRACVL 111 FRACOP asserted"}},
	// a feeling's by-phrase names its cause: the actor, or the owner of
	// the decision, move, remarks, policy or refusal, is the target
	{"feeling-target", "Polish officials said they were disappointed by Germany's decision to close the pipeline.", []string{"POLGOV 111 DEU asserted"}},
	{"feeling-target", "Warsaw was angered by Berlin's refusal to send tanks.", []string{"POL 111 DEU asserted"}},
	{"feeling-target", "Poland's foreign minister said he was outraged by Chancellor Olaf Scholz's remarks.", []string{"POLGOV 111 DEUGOV asserted"}},
	{"feeling-target", "Poland said it was troubled by Germany's policy on migrants.", []string{"POL 012 DEU asserted"}},
	{"feeling-target", "Poland was angered by Germany.", []string{"POL 111 DEU asserted"}},
	{"feeling-target", "Poland expressed disappointment at Germany's decision.", []string{"POL 111 DEU asserted"}},
	{"feeling-target", "Poland said it was disappointed by the decision.", []string{"POL 111 - asserted"}},
	// a committee on a state is of its own legislature, and the state it
	// deals with is no actor
	{"committee", "Lawmakers on the House Select Committee on the Chinese Communist Party said they were angered by Beijing's decision.", []string{"USALEG 111 CHN asserted"}},
	{"committee", "The Senate Committee on Foreign Relations condemned China's decision.", []string{"USALEG 111 CHN asserted"}},
	{"committee", "The House Select Committee on the Chinese Communist Party said it was outraged by the arrests.", nil},
	{"committee", "Lawmakers on the House Select Committee on the Chinese Communist Party met the FBI director on Tuesday. The lawmakers said they were disappointed by the briefing.", []string{"USALEG 040 USACOP asserted", "USACOP 040 USALEG asserted", "USALEG 111 - asserted"}},
	{"committee", "The Chinese Communist Party condemned the sale on Tuesday.", []string{"CHNGOV 111 - asserted"}},
}

// TestCoder10Families codes each case as an article published on
// 2024-03-14, one paragraph per sentence, and compares its events
// exactly.
func TestCoder10Families(t *testing.T) { checkFamilies(t, "", coder10Cases, true) }
