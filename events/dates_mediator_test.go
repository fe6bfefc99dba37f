package events_test

import "testing"

// TestMediatorDate: a mediator named inside the main clause ("a dialogue
// brokered by Norway", "in talks brokered by X", "under X's mediation")
// has its 045 on the main clause's day (gold README item 35: W19021,
// W59023); talks with no mediator keep their own day, and a mediator's
// own finite clause after ", and" is dated by that rule, not this one.
// Published Saturday 2024-07-13.
func TestMediatorDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Envoys of Venezuela's government and opposition resumed talks in Barbados on Monday, the latest round of a dialogue brokered by Norway.",
			[]string{"VENGOV 046 VENOPP asserted 2024-07-08/day", "VENOPP 046 VENGOV asserted 2024-07-08/day",
				"NOR 045 VENGOV asserted 2024-07-08/day", "NOR 045 VENOPP asserted 2024-07-08/day"}},
		{"Serbia and Kosovo reached agreements on energy in Brussels on Tuesday, in talks brokered by European Union foreign policy chief Federica Mogherini.",
			[]string{"SRB 057 KSV asserted 2024-07-09/day", "KSV 057 SRB asserted 2024-07-09/day",
				"IGOEUREEC 045 SRB asserted 2024-07-09/day", "IGOEUREEC 045 KSV asserted 2024-07-09/day"}},
		{"Israel and Hamas agreed a truce on Friday under Egypt's mediation.",
			[]string{"ISR 0871 PSEREB asserted 2024-07-12/day", "PSEREB 0871 ISR asserted 2024-07-12/day",
				"EGY 045 ISR asserted 2024-07-12/day", "EGY 045 PSEREB asserted 2024-07-12/day"}},
		// talks with no mediator
		{"Envoys of Venezuela's government and opposition resumed talks in Barbados on Monday.",
			[]string{"VENGOV 046 VENOPP asserted 2024-07-08/day", "VENOPP 046 VENGOV asserted 2024-07-08/day"}},
	})
}
