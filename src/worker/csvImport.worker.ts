/**
 * The CSV import's Web Worker: parses and checks a people file off the page (50,000 rows must not
 * freeze it), behind comlink. The file stays here between checks; the good rows go back as people.
 */
import { expose } from 'comlink';
import { createCsvImportService } from './csvImport';

expose(createCsvImportService());
