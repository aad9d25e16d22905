package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

func reports(t *testing.T, pkgs ...string) {
	t.Parallel()
	analysistest.Run(t, testdata, au, pkgs...)
}

func TestInfobipURLCredentials(t *testing.T)   { reports(t, "infobip") }
func TestInfobipLookalikes(t *testing.T)       { reports(t, "infobipnot") }
func TestSinchBasicAuth(t *testing.T)          { reports(t, "sinch") }
func TestSinchNotBasicToSinchAPI(t *testing.T) { reports(t, "sinchnot") }
