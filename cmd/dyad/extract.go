package main

import "github.com/spf13/cobra"

func newExtractCmd() *cobra.Command { return notYet("extract") }
