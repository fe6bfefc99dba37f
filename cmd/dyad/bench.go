package main

import "github.com/spf13/cobra"

func newBenchCmd() *cobra.Command { return notYet("bench") }
