import { formulaAt, type ValidationPlan } from '../../domain/tracker-validation';

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Sets the plan's criterion on a builder; custom formulas are anchored at `cellA1`, the column's first data cell. */
function requirePlan(builder: GoogleAppsScript.Spreadsheet.DataValidationBuilder, plan: ValidationPlan, cellA1: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  switch (plan.type) {
    case 'list': return builder.requireValueInList([...plan.values], true);
    case 'checkbox': return builder.requireCheckbox();
    case 'date': return builder.requireDate();
    case 'atLeastZero': return builder.requireNumberGreaterThanOrEqualTo(0);
    case 'formula': return builder.requireFormulaSatisfied(formulaAt(plan.formula, cellA1));
    case 'email': return builder.requireTextIsEmail();
    case 'url': return builder.requireTextIsUrl();
  }
}

/** The Apps Script rule for a plan, built from nothing: rejects invalid input and says why. */
function buildRule(plan: ValidationPlan, cellA1: string): Rule {
  return requirePlan(SpreadsheetApp.newDataValidation(), plan, cellA1).setAllowInvalid(false).setHelpText(plan.help).build();
}

/**
 * The rules of one set-up run, each built once and shared by every column (of every sheet) that wants it: a
 * rule is a value. A custom formula names its first cell, so a formula rule is one per anchor. Building from
 * nothing is five calls (new, criterion, allowInvalid, help, build); every rule after the first is made from
 * one already built with DataValidation.copy(), which keeps its settings ("Creates a builder for a data
 * validation rule based on this rule's settings"): the same formula and help at another anchor is three calls
 * (copy, criterion, build), any other rule four (copy, criterion, help, build) — allowInvalid(false) comes along.
 */
export class RuleBook {
  private readonly built = new Map<string, Rule>();
  private readonly made: Array<{ plan: ValidationPlan; rule: Rule }> = [];

  rule(plan: ValidationPlan, anchorA1: string): Rule {
    const key = JSON.stringify([plan, plan.type === 'formula' ? anchorA1 : '']);
    let rule = this.built.get(key);
    if (rule === undefined) this.built.set(key, (rule = this.make(plan, anchorA1)));
    return rule;
  }

  private make(plan: ValidationPlan, anchorA1: string): Rule {
    const twin = this.made.find((m) => JSON.stringify(m.plan) === JSON.stringify(plan));
    const from = twin ?? this.made[0];
    const rule = twin
      ? requirePlan(twin.rule.copy(), plan, anchorA1).build()
      : from
        ? requirePlan(from.rule.copy(), plan, anchorA1).setHelpText(plan.help).build()
        : buildRule(plan, anchorA1);
    this.made.push({ plan, rule });
    return rule;
  }
}
