package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoCorpusFolder: gold and judged files whose lines refer to corpus
// files, scored without the corpus folder (missing, a file, another
// folder), fail with one line saying so, not one "no file" line for each
// of the first twenty lines and a count of the others.
func TestNoCorpusFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(file, []byte("notes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "corpora")
	var gold, judged []string
	for i := range 25 {
		gold = append(gold, fmt.Sprintf(`{"id":"g%02d","file":"wire/%02d.txt","sentence":0,"sha256":"%s","events":[]}`, i, i, SentenceHash("x")))
		judged = append(judged, strings.Replace(judgedLine(0, envoyStory[0], "KEN 161 UGA asserted", "right"), "wire/a.txt", fmt.Sprintf("wire/%02d.txt", i), 1))
	}
	g, err := ReadGold(strings.NewReader(strings.Join(gold, "\n")), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	j, err := ReadJudged(strings.NewReader(strings.Join(judged, "\n")), "j.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ dir, want string }{
		{missing, "no corpus folder " + missing + " (its lines refer to 25 corpus files): name it with --corpora or the DYAD_CORPORA environment variable"},
		{file, "corpus folder " + file + " is not a folder (its lines refer to 25 corpus files): name the folder with --corpora or the DYAD_CORPORA environment variable"},
		{dir, dir + " holds none of the 25 corpus files its lines refer to (the first wire/00.txt): is it the corpus folder? name it with --corpora or the DYAD_CORPORA environment variable"},
	} {
		if _, err := FromCorpus(g, "g.jsonl", tc.dir, storyCoder{}, periodSplit); err == nil || err.Error() != "g.jsonl: "+tc.want {
			t.Errorf("FromCorpus, %s: %v\nwant g.jsonl: %s", tc.dir, err, tc.want)
		}
		var published string
		if _, err := JudgeEvents(j, "j.jsonl", tc.dir, envoyCoder{&published}, periodSplit); err == nil || err.Error() != "j.jsonl: "+tc.want {
			t.Errorf("JudgeEvents, %s: %v\nwant j.jsonl: %s", tc.dir, err, tc.want)
		}
	}
}
