package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOfficesDocumented: the README's list of the offices a dated person
// line may name is Offices (review74a: "vice president" was accepted
// but not listed).
func TestOfficesDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(readme)), " ")
	quoted := make([]string, len(Offices()))
	for i, o := range Offices() {
		quoted[i] = "`" + o + "`"
	}
	want := "the office its range is held in (" + strings.Join(quoted[:len(quoted)-1], ", ") + " or " + quoted[len(quoted)-1] + ", each optionally after `acting `)"
	if !strings.Contains(flat, want) {
		t.Errorf("README does not say %q", want)
	}
}
