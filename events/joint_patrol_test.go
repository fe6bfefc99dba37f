package events_test

import "testing"

// TestJointPatrolAdjunct: two states' forces acting "in a joint patrol"
// cooperate militarily (062 both ways) besides the act; one state's
// forces alone give none (joint_ops.go, "@ joint patrol" of
// events/data/verbs.txt).
func TestJointPatrolAdjunct(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"Ghanaian and Togolese soldiers seized two trucks of smuggled fuel on Friday in a joint patrol.", []string{"GHAMIL 062 TGOMIL", "TGOMIL 062 GHAMIL"}},
		{"Nigerien and Nigerian troops destroyed a rebel camp on Friday in their first joint patrol of the year.", []string{"NERMIL 062 NGAMIL", "NGAMIL 062 NERMIL"}},
		{"Kenyan police and soldiers seized 20 guns in a joint patrol on Monday.", nil},
	})
}
