package events_test

import "testing"

// TestCCTVCamera: "CCTV" is a camera in UK crime news ("CCTV captured the
// defendant", "caught on CCTV"), no actor (actors/camera.go, [camera
// names]); China Central Television speaking or spoken to stays CHNMED.
func TestCCTVCamera(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the camera: no actor, so no event
		{"The prosecutor said CCTV captured the suspect with a knife in Leeds on Sunday.", nil},
		{"CCTV captured the gunman as he seized the hostages outside the bank.", nil},
		{"Detectives said CCTV showed the men attacking a police van.", nil},
		// the broadcaster speaking: attribution, the act its subject's
		{"Chinese state broadcaster CCTV said Beijing had expelled two Japanese diplomats.",
			[]string{"CHN 161 JPNGOV asserted"}},
		{"CCTV reported that China had detained two Canadian citizens.",
			[]string{"CHN 173 CANCVL asserted"}},
		// ... and named as the broadcaster: its own event
		{"China's CCTV criticised the Japanese government over the visit.",
			[]string{"CHNMED 111 JPNGOV asserted"}},
	}, false)
}
