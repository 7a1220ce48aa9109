/**
 * The toolbar's "Share and export" menu: the program file, a share link, the canvas as PNG or SVG,
 * the printable handout and the build sheet. One button, so the toolbar fits at 1280 px in every
 * language. Images are drawn from the canvas (src/export/canvasImage.ts); a failure is said in words.
 */
import { useTranslation } from 'react-i18next';
import { programFileStem } from '../document/fileName';
import { useCanvasImage } from '../export/useCanvasImage';
import { dataUrlBlob, type ImageKind } from '../export/canvasImage';
import { useEditor } from '../store/useEditor';
import { downloadFile } from '../ui/download';
import { MenuButton } from '../ui/MenuButton';

export type PrintPage = 'handout' | 'buildSheet';

interface ShareExportMenuProps {
  onExport: () => void;
  onShare: () => void;
  onPrint: (page: PrintPage) => void;
  /** Says why an image could not be made (null clears it). */
  onNote: (note: string | null) => void;
}

export function ShareExportMenu({ onExport, onShare, onPrint, onNote }: ShareExportMenuProps) {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const makeImage = useCanvasImage();

  const saveImage = async (kind: ImageKind) => {
    if (!doc) return;
    onNote(null);
    try {
      const dataUrl = await makeImage(kind);
      if (dataUrl === null) return onNote(t('editor.exportMenu.imageEmpty'));
      const blob = dataUrlBlob(dataUrl);
      downloadFile(blob, `${programFileStem(doc)}.${kind}`, blob.type);
    } catch (error) {
      onNote(
        t('editor.exportMenu.imageFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <MenuButton
      label={t('editor.exportMenu.button')}
      disabled={!doc}
      items={[
        { id: 'file', label: t('editor.exportMenu.file'), onSelect: onExport },
        { id: 'link', label: t('editor.exportMenu.link'), onSelect: onShare },
        { id: 'png', label: t('editor.exportMenu.png'), onSelect: () => void saveImage('png') },
        { id: 'svg', label: t('editor.exportMenu.svg'), onSelect: () => void saveImage('svg') },
        {
          id: 'handout',
          label: t('editor.exportMenu.handout'),
          onSelect: () => onPrint('handout'),
        },
        {
          id: 'buildSheet',
          label: t('editor.exportMenu.buildSheet'),
          onSelect: () => onPrint('buildSheet'),
        },
      ]}
    />
  );
}
