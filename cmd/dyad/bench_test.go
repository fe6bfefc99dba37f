package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchCmd(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no folder", []string{"bench"}, 2, "bench needs a corpus folder"},
		{"negative workers", []string{"bench", "--workers", "-1", examples}, 2, "--workers -1: want 1 or more"},
		{"missing folder", []string{"bench", "no-such-dir"}, 1, "no-such-dir"},
		{"bad input kind", []string{"bench", "--input", "pdf", examples}, 2, `--input "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := run(t, tt.args...)
			if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tt.wantCode, tt.wantErr)
			}
		})
	}
}

func TestBenchCmdJSON(t *testing.T) {
	one := filepath.Join("..", "..", "examples", "01_korea_missile_launch.txt")
	out, errs, code := run(t, "bench", "--json", "--workers", "1", one)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var r struct {
		Files  int `json:"files"`
		Stages []struct {
			Stage    string `json:"stage"`
			Articles int    `json:"articles"`
		} `json:"stages"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var got []string
	for _, s := range r.Stages {
		if s.Articles != 1 {
			t.Errorf("%s: %d articles, want 1", s.Stage, s.Articles)
		}
		got = append(got, s.Stage)
	}
	want := "read+extract,split+tag,actor matching,event coding,end-to-end"
	if r.Files != 1 || strings.Join(got, ",") != want {
		t.Errorf("files %d, stages %q; want 1 and %q", r.Files, got, want)
	}
}
