package actors_test

import "testing"

// TestAmericasIndians: "Indians" of the Americas' native peoples ("Amazon
// Indians", "indigenous Indian leaders", "Indian tribes") are civilians
// whose state the sentence gives, never India; India's own adjective
// still codes IND. Invented sentences.
func TestAmericasIndians(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-03-01", "Amazon Indian leaders blocked a highway in Bolivia.", "Amazon Indian leaders=?CVL | Bolivia=BOL"},
		{"2024-03-01", "Amazon Indians marched to the capital.", "Amazon Indians=?CVL"},
		{"2024-03-01", "Indigenous Indians occupied a dam site.", "Indigenous Indians=?CVL"},
		{"2024-03-01", "Two Indian tribes sued the state.", "Indian tribes=?CVL"},
		{"2024-03-01", "Indian police detained the suspects.", "Indian police=INDCOP"},
	}, showCode)
}
