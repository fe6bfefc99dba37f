package actors_test

import "testing"

// TestNameTails checks that a title's name runs over its particles and
// prefixed parts ("bin", "da", "al-"), and past a known person's entry
// to the rest of the name written out, so the whole name is one mention.
func TestNameTails(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Turkey's president was received by Emir Sheikh Tamim bin Hamad al-Thani.", "Turkey's president=TURGOV | Emir Sheikh Tamim bin Hamad al-Thani=QATGOV"},
		{"2025-03-04", "Congo's Prime Minister Judith Suminwa Tuluka visited Angola.", "Congo's Prime Minister Judith Suminwa Tuluka=CODGOV | Angola=AGO"},
		{"2025-03-04", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani flew to Cairo.", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani=QATGOV | Cairo=EGY"},
		{"2025-03-04", "Saudi Crown Prince Mohammed bin Salman bin Abdulaziz flew to Cairo.", "Saudi Crown Prince Mohammed bin Salman bin Abdulaziz=SAUGOV | Cairo=EGY"},
		// a weekday after a name is a date, not more of the name
		{"2025-03-04", "Judith Suminwa Monday visited Angola.", "Judith Suminwa=CODGOV | Angola=AGO"},
	}, showCode)
}

// TestGroupHeads checks that a body named by the people who form it
// ("opposition coalition", "student federation", "indigenous
// confederation") is an actor with their role, its initials included,
// while a state organ's union stays a modifier.
func TestGroupHeads(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Zambia's opposition alliance rejected the result.", "Zambia's opposition alliance=ZMBOPP"},
		{"2025-03-04", "The Guatemalan student federation ended its sit-in.", "The Guatemalan student federation=GTMEDU"},
		{"2025-03-04", "Paraguay's main opposition bloc praised the ruling.", "Paraguay's main opposition bloc=PRYOPP"},
		{"2025-03-04", "Peru's indigenous confederation AIDESEP marched on Lima.", "Peru's indigenous confederation AIDESEP=PERCVL | Lima=PER"},
		{"2025-03-04", "A Bolivian student union FUL blocked the road.", "Bolivian student union FUL=BOLEDU"},
		// a state organ's union is no organ of the state
		{"2025-03-04", "Ghana's police union criticised the minister.", "Ghana's police=~GHACOP | the minister=?GOV"},
	}, showCode)
}
