#!/usr/bin/env bash
# tools/pre-commit as a user meets it: installed in a scratch git repository, it refuses a
# commit that stages a broken script, checks what is staged rather than the working tree,
# and lets the commit through once the fix is staged.
# Usage: pre_commit_hook_test.sh PATH/TO/tools/pre-commit PATH/TO/encounter
set -euo pipefail

hook=$(realpath "$1")
export ENCOUNTER_BIN=$(realpath "$2")
# The user's own git settings (a global core.hooksPath, signing) must not change the test.
export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1

repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
cd "$repo"
git init -q .
git config user.name "Hook Test"
git config user.email hook-test@example.com
ln -s "$hook" .git/hooks/pre-commit

failures=0
check() {  # check DESCRIPTION COMMAND...: runs the command, reports whether it succeeded
    local description=$1
    shift
    if "$@"; then
        echo "ok: $description"
    else
        echo "FAILED: $description"
        failures=$((failures + 1))
    fi
}
commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }

write_script() {  # write_script GOTO: a script whose first step goes to GOTO
    cat <<JSON
{
  "format": "encounter-script/1",
  "id": "ear-ache",
  "rubrics": [],
  "steps": [{"id": "arrival", "patient": "My ear hurts.", "next": [{"goto": "$1"}]}]
}
JSON
}

echo "notes" > README.md
git add README.md
check "a commit with nothing under data/ goes through" git commit -q -m "readme"

mkdir -p data/scripts
write_script exam > data/scripts/ear-ache.json
git add data/scripts/ear-ache.json
if git commit -q -m "bad script" > output.txt 2>&1; then blocked=no; else blocked=yes; fi
cat output.txt
check "a commit staging a broken script is refused" test "$blocked" = yes
check "the refusal names the file, line and rule" \
    grep -q 'data/scripts/ear-ache.json:5:77: error: .*\[goto-unknown-step\]' output.txt
check "nothing was committed" test "$(commits)" = 1

write_script end > data/scripts/ear-ache.json  # fixed, but not staged
check "the hook checks what is staged, not the working tree" bash -c '! git commit -q -m "unstaged fix" 2>/dev/null'

git add data/scripts/ear-ache.json
check "the commit goes through once the fix is staged" git commit -q -m "good script"
check "the good script is in the history" test "$(commits)" = 2

echo "{" > data/scripts/broken.json
git add data/scripts/broken.json
check "without the encounter program the hook refuses rather than letting anything through" \
    bash -c '! ENCOUNTER_BIN=/no/such/encounter git commit -q -m "no linter" 2>/dev/null'

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all hook checks passed"
