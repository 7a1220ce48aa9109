// Starting a program from a template: the copy is made and stored, then opened in the editor.
import { navigate } from '../../app/route';
import type { LibraryActions } from '../useLibraryActions';
import type { TemplateId } from './catalog';

export async function startFromTemplate(
  create: LibraryActions['create'],
  id: TemplateId,
  name: string,
  language: string,
): Promise<void> {
  // The template's file and the document code load on choice, not with the library page.
  const { templateDocument } = await import('./templateDocument');
  const record = await create(await templateDocument(id, name, language));
  navigate({ page: 'program', id: record.id });
}
