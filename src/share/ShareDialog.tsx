/**
 * "Share link": the program packed into a link, copied to the clipboard, and shown in a read-only
 * field to copy by hand where the browser does not allow copying. A program too large for a link
 * is offered as a file instead, with the reason.
 */
import './share.css';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../ui/Modal';
import { errorMessage } from '../ui/errorMessage';
import { omittedRulesText } from '../wording/rules';
import type { Scenario } from '../model';
import { useShareLink, type CopyState, type ShareState } from './useShareLink';

interface ShareDialogProps {
  doc: Scenario;
  onExport: () => void;
  onClose: () => void;
}

export function ShareDialog({ doc, onExport, onClose }: ShareDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const share = useShareLink(doc);
  const { state } = share;
  return (
    <Modal titleId={titleId} onClose={onClose} className="modal--wide share">
      <h2 id={titleId} className="modal__title">
        {t('editor.share.title')}
      </h2>
      {state.kind === 'link' ? (
        <LinkReady
          url={state.url}
          copy={share.copy}
          onCopy={() => void share.copyLink(state.url)}
          omitted={
            state.omitted.length > 0
              ? t('editor.share.omitted', {
                  count: state.omitted.length,
                  rules: omittedRulesText(t, share.doc, state.omitted),
                })
              : null
          }
        />
      ) : (
        <p className="share__message" role={state.kind === 'making' ? 'status' : 'alert'}>
          {noLinkText(state, t)}
        </p>
      )}
      <div className="modal__buttons">
        {state.kind === 'link' || state.kind === 'making' ? null : (
          <button type="button" className="share__button share__button--primary" onClick={onExport}>
            {t('editor.share.exportFile')}
          </button>
        )}
        <button type="button" className="share__button" onClick={onClose} data-autofocus>
          {t('editor.share.close')}
        </button>
      </div>
    </Modal>
  );
}

function noLinkText(state: Exclude<ShareState, { kind: 'link' }>, t: TFunction): string {
  switch (state.kind) {
    case 'making':
      return t('editor.share.making');
    case 'tooLong':
      return t('editor.share.tooLong', { length: state.length, max: state.max });
    case 'tooLarge':
      return t('editor.share.tooLarge', { max: state.max / (1024 * 1024) });
    case 'failed':
      return t('editor.share.failed', { message: errorMessage(t, state.error) });
  }
}

interface LinkReadyProps {
  url: string;
  copy: CopyState;
  onCopy: () => void;
  omitted: string | null;
}

function LinkReady({ url, copy, onCopy, omitted }: LinkReadyProps) {
  const { t } = useTranslation();
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  // Refused: the link is selected in its field, so that Ctrl+C is all that is left to do.
  useEffect(() => {
    if (copy === 'notCopied') field.current?.focus();
  }, [copy]);
  const copyAgain = () => {
    field.current?.select(); // selected either way: ready for Ctrl+C if copying is refused
    onCopy();
  };
  return (
    <>
      <label className="share__label" htmlFor={fieldId}>
        {t('editor.share.field')}
      </label>
      <div className="share__row">
        <input
          ref={field}
          id={fieldId}
          className="share__field"
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="share__button" onClick={copyAgain}>
          {t('editor.share.copy')}
        </button>
      </div>
      <p
        className={`share__copy share__copy--${copy ?? 'none'}`}
        role="status"
        data-testid="share-copy-state"
      >
        {copy === 'copied' && <span aria-hidden="true">✓ </span>}
        {copy === null ? '' : t(`editor.share.${copy}`)}
      </p>
      <p className="modal__hint">{t('editor.share.about', { length: url.length })}</p>
      {omitted !== null && <p className="modal__hint">{omitted}</p>}
    </>
  );
}
