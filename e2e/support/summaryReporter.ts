import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/**
 * One line at the very end of a run (and so of `npm test`): how many passed, failed, were flaky
 * (failed, then passed on the CI retry) or skipped, and where the reports are.
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();

  onTestEnd(test: TestCase) {
    this.outcomes.set(test.id, test.outcome());
  }

  onEnd(result: FullResult) {
    const count = (outcome: string) => [...this.outcomes.values()].filter((o) => o === outcome).length;
    const parts = [`${count('expected')} passed`, `${count('unexpected')} failed`, `${count('flaky')} flaky`, `${count('skipped')} skipped`];
    const seconds = Math.round(result.duration / 1000);
    console.log(`\nE2E summary: ${result.status.toUpperCase()}: ${parts.join(', ')} in ${seconds} s. HTML report: playwright-report/index.html (npx playwright show-report); JUnit: test-results/junit.xml`);
  }

  printsToStdio() {
    return false;
  }
}
