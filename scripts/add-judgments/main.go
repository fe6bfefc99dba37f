// Command add-judgments merges a judge's verdicts on unjudged events into
// a judged-events file (testdata/gold/judged/*.jsonl).
//
// dyad eval --unjudged ITEMS.jsonl JUDGED.jsonl writes the events dyad
// emits now that nobody judged yet as judging items (eval.Item: the
// sentence, the two before it, the headline, the codes and the words they
// came from). A judge answers each item they judge with a verdict line
//
//	{"item":"u0001","verdict":"right"|"wrong","full":true,"why":"right","fix":""}
//
// (other fields, such as a "note", are allowed and not kept). The tool
// appends, for each verdict, the judged line of its item to JUDGED.jsonl —
// file, sentence, sha256, date, codes, status and the verdict; no text:
//
//	go run ./scripts/add-judgments -items ITEMS.jsonl -verdicts VERDICTS.jsonl testdata/gold/judged/realnews.jsonl
//
// Everything is checked before anything is written: a verdict for an item
// the items file lacks, an item given two verdicts, a verdict that is not
// "right" or "wrong", a why that is not one of eval.JudgedWhys or does not
// fit the verdict (right ⇔ "right") are errors naming the file and line,
// and the judged file is left as it was. An item whose event the judged
// file already holds is skipped. It prints how many lines it added (how
// many right), skipped, and how many items got no verdict. Exit status 1
// on an error, 2 on a usage error.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/dyad-events/dyad/eval"
)

func main() {
	items := flag.String("items", "", "the judging items, as dyad eval --unjudged wrote them (JSON Lines)")
	verdicts := flag.String("verdicts", "", "the judge's verdicts on them (JSON Lines: item, verdict, full, why, fix)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: add-judgments -items ITEMS.jsonl -verdicts VERDICTS.jsonl JUDGED.jsonl\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *items == "" || *verdicts == "" || flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	sum, err := addJudgments(*items, *verdicts, flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "add-judgments:", err)
		os.Exit(1)
	}
	fmt.Println(sum)
}

// verdict is a judge's line on one item.
type verdict struct {
	Item    string `json:"item"`
	Verdict string `json:"verdict"`
	Full    bool   `json:"full"`
	Why     string `json:"why"`
	Fix     string `json:"fix"`
}

// addJudgments appends to the judged file judgedName the judged line of
// every verdict of verdictsName on an item of itemsName, and says what it
// did ("added 3 judged events (2 right) to F; 1 already judged; 4 items
// without a verdict").
func addJudgments(itemsName, verdictsName, judgedName string) (string, error) {
	byItem := map[string]eval.Item{}
	itemLine := map[string]int{}
	err := eachLine(itemsName, func(n int, line []byte) error {
		var it eval.Item
		if err := json.Unmarshal(line, &it); err != nil {
			return err
		}
		if it.Item == "" {
			return errors.New(`no "item"`)
		}
		if first, dup := itemLine[it.Item]; dup {
			return fmt.Errorf("item %s given twice (first on line %d)", it.Item, first)
		}
		byItem[it.Item], itemLine[it.Item] = it, n
		return nil
	})
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(judgedName)
	if err != nil {
		return "", err
	}
	judged, err := eval.ReadJudged(bytes.NewReader(data), judgedName)
	if err != nil {
		return "", err
	}
	have := map[eval.JudgedKey]bool{}
	for _, j := range judged.Events {
		have[j.Key()] = true
	}
	var add []eval.Judged
	seen := map[string]int{}
	skipped, right := 0, 0
	err = eachLine(verdictsName, func(n int, line []byte) error {
		var v verdict
		if err := json.Unmarshal(line, &v); err != nil {
			return err
		}
		it, ok := byItem[v.Item]
		switch {
		case !ok:
			return fmt.Errorf("item %q is not in %s", v.Item, itemsName)
		case seen[v.Item] > 0:
			return fmt.Errorf("item %s judged twice (first on line %d)", v.Item, seen[v.Item])
		case v.Verdict != "right" && v.Verdict != "wrong":
			return fmt.Errorf("item %s: verdict %q: want right or wrong", v.Item, v.Verdict)
		case !slices.Contains(eval.JudgedWhys, v.Why):
			return fmt.Errorf("item %s: why %q: want one of %s", v.Item, v.Why, strings.Join(eval.JudgedWhys, ", "))
		case (v.Verdict == "right") != (v.Why == "right"):
			return fmt.Errorf("item %s: verdict %s but why %q", v.Item, v.Verdict, v.Why)
		}
		seen[v.Item] = n
		k := eval.Judged{File: it.File, Sentence: it.Sentence, Source: it.Source, CAMEO: it.CAMEO, Target: it.Target, Status: it.Status}.Key()
		if have[k] {
			skipped++
			return nil
		}
		have[k] = true
		if v.Verdict == "right" {
			right++
		}
		add = append(add, eval.Judged{File: it.File, Sentence: it.Sentence, SHA256: it.SHA256, Date: it.Date,
			Source: it.Source, CAMEO: it.CAMEO, Target: it.Target, Status: it.Status,
			Right: v.Verdict == "right", Full: v.Full, Why: v.Why, Fix: v.Fix})
		return nil
	})
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	if len(data) > 0 && data[len(data)-1] != '\n' {
		out.WriteByte('\n')
	}
	for _, j := range add {
		b, err := json.Marshal(j)
		if err != nil {
			return "", err
		}
		out.Write(append(b, '\n'))
	}
	// the new lines must read back as judged lines
	if _, err := eval.ReadJudged(bytes.NewReader(out.Bytes()), "the lines to add"); err != nil {
		return "", err
	}
	f, err := os.OpenFile(judgedName, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return "", err
	}
	_, err = f.Write(out.Bytes())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("added %d judged events (%d right) to %s; %d already judged; %d items without a verdict",
		len(add), right, judgedName, skipped, len(byItem)-len(seen)), nil
}

// eachLine calls f with each line of the file name that is not blank (1
// the first); f's error is returned as "NAME:LINE: error".
func eachLine(name string, f func(n int, line []byte) error) error {
	in, err := os.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		if err := f(n, line); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
