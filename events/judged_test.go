package events

import (
	"cmp"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/dyad-events/dyad/eval"
	"github.com/dyad-events/dyad/internal/testutil"
)

// judgedSamples codes the judged lines' articles and labels the events
// that the coder still emits as judged (kept) ; the others are counted
// (gone: the coder changed since the judging).
func judgedSamples(t *testing.T, c *Coder, file string) (s []confSample, gone int) {
	t.Helper()
	dir := testutil.Corpora(t)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines, err := eval.ReadJudged(f, file)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]eval.Judged{}
	var files []string
	for _, j := range lines.Events {
		if byFile[j.File] == nil {
			files = append(files, j.File)
		}
		byFile[j.File] = append(byFile[j.File], j)
	}
	for _, name := range files {
		a, err := eval.ReadArticle(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		js := byFile[name]
		if a.Published == "" {
			a.Published = js[0].Date
		}
		texts := c.SentenceTexts(a)
		feats := map[string][nConfFeatures]float64{}
		evs := c.code(a, nil, feats)
		label := map[eval.JudgedKey]eval.Judged{}
		for _, j := range js {
			if eval.SentenceHash(texts[j.Sentence]) != j.SHA256 {
				gone++
				continue
			}
			label[j.Key()] = j
		}
		found := map[eval.JudgedKey]bool{}
		for _, e := range evs {
			k := eval.EventKey(name, e)
			j, ok := label[k]
			if !ok || found[k] {
				continue
			}
			found[k] = true
			s = append(s, confSample{feats[e.ID], j.Right})
		}
		gone += len(label) - len(found)
	}
	return s, gone
}

// confReport is how well weights w rank samples s: the area under the ROC
// curve, the log loss, and the share right among events at or above each
// threshold with the share of right events kept.
type confReport struct {
	n, right  int
	auc, loss float64
	at        [3]struct{ prec, kept float64 }
}

var confThresholds = [3]float64{0.3, 0.5, 0.7}

func reportConf(w [nConfFeatures]float64, s []confSample) confReport {
	r := confReport{n: len(s), loss: logLoss(w, s)}
	type ps struct {
		p     float64
		right bool
	}
	var xs []ps
	for _, e := range s {
		p := math.Round(100*prob(w, &e.x)) / 100
		xs = append(xs, ps{p, e.right})
		if e.right {
			r.right++
		}
	}
	// AUC: the chance a right event outranks a wrong one (ties count half)
	slices.SortFunc(xs, func(a, b ps) int { return cmp.Compare(a.p, b.p) })
	var pairs, wrongBelow float64
	for i := 0; i < len(xs); {
		j := i
		var rr, ww float64
		for j < len(xs) && xs[j].p == xs[i].p {
			if xs[j].right {
				rr++
			} else {
				ww++
			}
			j++
		}
		pairs += rr * (wrongBelow + ww/2)
		wrongBelow += ww
		i = j
	}
	if r.right > 0 && r.right < r.n {
		r.auc = pairs / (float64(r.right) * float64(r.n-r.right))
	}
	for k, th := range confThresholds {
		var kept, keptRight int
		for _, x := range xs {
			if x.p >= th {
				kept++
				if x.right {
					keptRight++
				}
			}
		}
		r.at[k].prec = float64(keptRight) / float64(max(kept, 1))
		r.at[k].kept = float64(keptRight) / float64(max(r.right, 1))
	}
	return r
}

func (r confReport) String() string {
	s := strconv.Itoa(r.n) + " events, " + strconv.Itoa(r.right) + " right: AUC " + strconv.FormatFloat(r.auc, 'f', 3, 64) +
		", log loss " + strconv.FormatFloat(r.loss, 'f', 3, 64)
	for k, th := range confThresholds {
		s += "; ≥" + strconv.FormatFloat(th, 'f', 1, 64) + " right " + strconv.FormatFloat(r.at[k].prec, 'f', 2, 64) +
			" keeping " + strconv.FormatFloat(r.at[k].kept, 'f', 2, 64)
	}
	return s
}

var confReportFlag = flag.Bool("conf-report", false, "print how the confidence weights, and weights fitted anew at several penalties, rank the events of the held-out sets (TestConfidenceReport)")

// TestConfidenceReport prints, with -conf-report, how the weights in use
// and weights fitted anew on the training sets rank the events of the
// held-out sets: wire held out 6 to 12 (gold) and the judged real-news
// events of the held-out articles. Counts only: safe on held-out sets.
func TestConfidenceReport(t *testing.T) {
	if !*confReportFlag {
		t.Skip("run with -conf-report")
	}
	c, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	train := confTraining(t, c)
	type set struct {
		name string
		s    []confSample
	}
	var held []set
	for _, f := range []string{"events-unseen6.jsonl", "events-unseen7.jsonl", "events-unseen8.jsonl", "events-unseen9.jsonl", "events-unseen10.jsonl", "events-unseen11.jsonl", "events-unseen12.jsonl", "events-unseen13.jsonl"} {
		held = append(held, set{f, confSamples(t, c, "../testdata/gold/"+f)})
	}
	js, gone := judgedSamples(t, c, judgedHeldOut)
	held = append(held, set{filepath.Base(judgedHeldOut) + " (" + strconv.Itoa(gone) + " judged events no longer emitted)", js})
	for _, h := range append([]set{{"training", train}}, held...) {
		t.Logf("%s, weights in use: %v", h.name, reportConf(c.conf.w, h.s))
	}
	for _, lambda := range []float64{0.001, 0.003, 0.01, 0.03} {
		w := fitLogistic(train, lambda, 4000)
		for _, h := range append([]set{{"training", train}}, held...) {
			t.Logf("lambda %.3f: %s: %v", lambda, h.name, reportConf(w, h.s))
		}
	}
}
