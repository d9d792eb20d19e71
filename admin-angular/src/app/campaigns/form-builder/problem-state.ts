import { Directive, DoCheck, inject, input } from '@angular/core';
import { MatInput } from '@angular/material/input';

/**
 * Marks a matInput that has no form control as in error while `appProblemState` is true, so its
 * <mat-error> shows: MatInput re-evaluates its error state on each check only when it has a form control.
 */
@Directive({ selector: 'input[matInput][appProblemState], textarea[matInput][appProblemState]' })
export class ProblemState implements DoCheck {
  readonly appProblemState = input(false);
  private readonly matInput = inject(MatInput);

  constructor() {
    this.matInput.errorStateMatcher = { isErrorState: () => this.appProblemState() };
  }

  ngDoCheck(): void {
    this.matInput.updateErrorState();
  }
}
