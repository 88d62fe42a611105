/**
 * Where the case stands, computed now: the six steps with the current one highlighted, and only what
 * blocks the next transition as a short to-do list; later needs stay collapsed under it.
 */
import type { CaseStateDto, TodoItemDto } from '../../src/dto/case-state';
import type { ProcessStepDto } from '../../src/dto/case-summary';

const MARK: Record<ProcessStepDto['state'], string> = { done: '✓', current: '●', upcoming: '○' };

function TodoList(props: { items: readonly TodoItemDto[]; className: string }) {
  return (
    <ul class={`plain ${props.className}`}>
      {props.items.map((item) => (
        <li key={item.code + item.message}>{item.message}</li>
      ))}
    </ul>
  );
}

export function StepsOverview(props: { state: CaseStateDto }) {
  const { steps, todo, problems } = props.state;
  return (
    <div class="overview">
      <ol class="steps block" aria-label="Steps">
        {steps.map((step) => (
          <li key={step.key} class={`step step-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
            <span class="step-mark" aria-hidden="true">
              {MARK[step.state]}
            </span>
            <span class={step.state === 'current' ? 'current' : ''}>{step.label}</span>
          </li>
        ))}
      </ol>
      {todo.now.length > 0 ? (
        <div class="block todo">
          <div class="section-title">{todo.towards ? `To move to ${todo.towards}` : 'To do'}</div>
          <TodoList items={todo.now} className="todo-now missing" />
        </div>
      ) : todo.towards ? (
        <div class="block secondary todo-ready">Nothing blocks {todo.towards}.</div>
      ) : null}
      {todo.later.length > 0 ? (
        <details class="block todo-later">
          <summary>Later ({todo.later.length})</summary>
          <TodoList items={todo.later} className="todo-later-list" />
        </details>
      ) : null}
      {problems.length > 0 ? (
        <div class="block">
          <div class="section-title">Problems</div>
          <ul class="plain problems error">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
