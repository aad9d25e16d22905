// Package repocheck tests the files of the repository that are not Go
// code: the commands and links of README.md, CONTRIBUTING.md and docs/,
// the GitHub workflows, the action and the workflows in the docs (with
// actionlint), the pre-commit hooks and CHANGELOG.md. It has no code of
// its own.
package repocheck
