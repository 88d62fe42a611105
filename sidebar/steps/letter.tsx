/**
 * The request letter drafted from this case, ready to copy. What is still missing stays a [Placeholder]
 * in the text, marked so it stands out, and is listed above it.
 */
import { useState } from 'preact/hooks';
import type { CaseStateDto } from '../../src/dto/case-state';

const PLACEHOLDER = /(\[[^\]\n]+\])/;

/** The letter as text nodes, each [Placeholder] in a <mark>; never HTML. */
function marked(text: string) {
  return text.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // The sidebar's iframe may not be allowed the Clipboard API: copy through a selected textarea instead.
    if (!fallback) return false;
    fallback.value = text;
    fallback.select();
    return document.execCommand('copy');
  }
}

export function LetterPanel(props: { state: CaseStateDto }) {
  const { text, missing } = props.state.requestLetter;
  const [copied, setCopied] = useState<'' | 'yes' | 'no'>('');
  let fallback: HTMLTextAreaElement | null = null;
  return (
    <div class="letter">
      {missing.length > 0 ? (
        <div class="block">
          <div class="section-title">Still missing ({missing.length})</div>
          <ul class="plain letter-missing">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div class="secondary block">Nothing missing: ready to send.</div>
      )}
      <div class="button-row block">
        <button type="button" class="action" onClick={() => void copyText(text, fallback).then((ok) => setCopied(ok ? 'yes' : 'no'))}>
          Copy
        </button>
        <span class="secondary copy-state" role="status">
          {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'no' ? 'Could not copy: select the text and press Ctrl+C.' : ''}
        </span>
      </div>
      <pre class="letter-text" tabIndex={0} aria-label="Request letter">
        {marked(text)}
      </pre>
      <textarea class="copy-buffer" aria-hidden="true" tabIndex={-1} readOnly ref={(node) => {
          fallback = node;
        }} />
    </div>
  );
}
