package http

import (
	"math"

	"github.com/dyad-events/dyad/sqlite"
)

// meanDecimals is the number of decimals a mean is answered with: a mean
// of Goldstein scores (given to one decimal) needs no more, and the float
// noise of summing them (-8.979999999999999) is not an answer.
const meanDecimals = 2

// roundMean rounds x to meanDecimals decimals, half away from zero, with
// no negative zero.
func roundMean(x float64) float64 {
	p := math.Pow10(meanDecimals)
	r := math.Round(x*p) / p
	if r == 0 {
		return 0
	}
	return r
}

// roundDyads rounds the dyads' mean Goldstein scores in place, so that
// every store and the index answer the same.
func roundDyads(ds []sqlite.DyadCount) {
	for i := range ds {
		ds[i].MeanGoldstein = roundMean(ds[i].MeanGoldstein)
	}
}
