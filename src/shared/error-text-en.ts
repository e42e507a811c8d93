/**
 * The errors a person meets, in English, as ICU messages (shared/icu.ts): the one source of each
 * sentence. The core fills one in for `AppError.message` (what the CLI and the logs print); the
 * renderer fills in error-text-ko.ts's sentence of the same key where the UI is in Korean. Figures
 * and names arrive as params already written as the English sentence shows them ("1.2 GB", "1,048,576").
 */
export const ERROR_EN = {
  // Importing: what the file is, and why it is not read.
  'import.codeList':
    "{file} is a list of codes and their names (such as UN Comtrade's lists of reporters, partners or data fields), not trade figures: there is nothing in it to import. Import a data download instead.",
  'import.comtradeBulkList':
    '{file} is a UN Comtrade+ list of bulk files, not trade data. Download the files it lists and import those.',
  'import.comtradeError':
    '{file} is not data: it is an error message UN Comtrade saved in place of the table ({reason, select, complex {the query was too complex} nomatch {no data matches the query} limit {the usage limit was reached} other {the query was refused}}). Change the query on Comtrade (fewer reporters, partners or years) and download again.',
  'import.unrecognised':
    "Tidemark does not recognise {kind, select, json {this JSON file's fields ({cells, plural, one {# field} other {# fields}})} workbook {this workbook's columns (its first row has {cells, plural, one {# cell} other {# cells}})} other {this file's columns (its first row has {cells, plural, one {# cell} other {# cells}})}}. {kind, select, text {A Tidemark CSV starts with: {header}; any other table imports with a column mapping (--map 'Column=field,…').} other {It is not a China customs or UN Comtrade layout Tidemark knows; map its columns to Tidemark's fields to import it (--map 'Column=field,…').}}",
  'import.noHeader': '{file} is empty: it has no header row.',
  'import.notAFile': '{path} is not a file.',
  // reason: the system's error code (ENOENT…), said in words where a person can act on it.
  'import.unreadable':
    "Could not read {path}: {reason, select, ENOENT {there is no file there. Check the file's name and folder} EACCES {this account is not allowed to read it. Check the file's permissions, or copy it somewhere readable} EPERM {this account is not allowed to read it. Check the file's permissions, or copy it somewhere readable} EBUSY {another program holds it. Close the file there and try again} EISDIR {it is a folder, not a file. Give a file in it} EMFILE {too many files are open. Close some programs and try again} other {{reason}}}.",
  'import.tooLarge': '{file} is {size} GB; Tidemark imports files up to 4 GB. Split it and import the parts.',
  'import.heldAsBatch': '{file} is held as batch {batch}; revert that batch, then import the file again.',
  'import.sheetsRepeatFigures':
    'Nothing from {file} was imported: its sheets {more, plural, =0 {{sheetA} and {sheetB}} one {{sheetA}, {sheetB} and # other} other {{sheetA}, {sheetB} and # others}} state the same {count, plural, =1 {figure} other {# figures}} (such as {period} {reporter} {partner} {flow} {code}), and adding them up would count each more than once where one sheet is the total of the others (a national sheet beside its regions). Import one sheet: --sheet NAME (in the app, tick one sheet). If the sheets are parts to be added, name each of them: --sheet A --sheet B.',
  'import.allRowsRejected':
    'Nothing from {file} was imported: {count, plural, =1 {its one row was} other {all # of its rows were}} rejected. The first, on row {row}: {first} Check the import options (flow, currency, column mapping) in the preview, which shows each rejected row and why.',
  'import.alreadyImported':
    '{file} is already imported (batch {batch}) with other options ({changes}). To import it with these instead, revert batch {batch} (in the app: Revert… beside it in the Imports tab) and import the file again; from the command line, --replace does both in one step.',
  'import.restatesOwnFile':
    'Nothing from {file} was imported: as mapped, {count, plural, =1 {one of its figures is} other {# of its figures are}} already held by batch {batch}, another import of the same file, where another column says {count, plural, =1 {it} other {them}}. One column of a file is no revision of another: check which column is the value and which flow it is. To put this mapping in place of batch {batch}, revert that batch, then import the file again.',
  'import.cancelled': 'The import was cancelled; nothing from this file was stored.',
  'import.failedUnexpectedly': 'Import of {file} failed unexpectedly: {detail}',
  'import.workerStopped': 'The import stopped (worker {detail}); nothing from this file was stored.',
  'import.timeout':
    'The import took longer than its {limit} limit and was stopped; nothing from the file in progress was stored. Split the file, or start Tidemark again with a longer limit: set {env} to a number of minutes, such as {env}={minutes}.',
  'import.parserStalled':
    'The parser of {file} stopped answering (nothing for {seconds} s); nothing from this file was stored. Try the import again.',
  'import.gaccReporter':
    "China customs files report China's trade (CHN); the reporter {reporter} contradicts that. Leave the reporter out (CLI: drop --reporter).",
  'import.gaccCurrency':
    "This China customs file's values are in {currency}; the currency {given} contradicts that. Leave the currency out (CLI: drop --currency).",
  'import.badPeriod': 'The period "{period}" is not a month (2024-01) or a year (2024).',
  'import.mapNoColumn': 'The column mapping for {file} has no {field} column: add one with {flag}.',
  'import.mapConstant':
    'The constant {field}={value} for {file} {why, select, column {contradicts its {field} column} option {contradicts the {field} given as an option ({option})} flow {is not one of import, export, re-export or re-import} area {is not a country or area Tidemark knows (an ISO 3166 code such as CHN, WLD for the world, an M49 or Comtrade code, or a name)} period {is not a month (2024-01) or a year (2024)} other {is not an ISO 4217 code such as USD}}.',
  'import.mapTwice': 'The column mapping gives {field} twice; map one column to it.',
  'import.mapHeaderMismatch':
    "{file} has no column {missing} among its {count} columns. Name each column in --map exactly as the file's first row writes it.",

  // Reading the bytes: encodings, workbooks, JSON.
  'reader.notValidEncoding':
    'The file is not valid {encoding} throughout. Choose its encoding by hand (CLI: --encoding gb18030, utf-16le, utf-16be or utf-8) and import it again.',
  'reader.notWorkbook':
    '{file} is not a readable workbook: {why}. Open it in Excel or LibreOffice, save a copy as .xlsx, and import that.',
  'reader.passwordProtected':
    '{file} is password-protected. Open it in Excel, remove the password, save, and import that.',
  'reader.partTooLarge':
    "{file}: its part {part} is larger than {max}, which no real workbook's is. Open it in Excel, save a copy, and import that.",
  'reader.noSheet': '{file} has no sheet {missing}; its sheets are {sheets}.',
  'reader.jsonTooLarge':
    '{file} is {size} MB of JSON; Tidemark reads JSON files up to {max} MB, because JSON must be read whole. Download the data as CSV instead and import that.',
  'reader.jsonInvalid':
    '{file} starts like JSON but is not valid JSON{at, select, none {} other { (it breaks at character {at})}}. Download it again; it may have been cut short.',
  'reader.jsonTooManyFields':
    '{file} has records with more than {max} different fields; it is not a table Tidemark can read.',
  'reader.jsonSingleValue': '{file} holds a single JSON value, not a table of records.',
  'reader.jsonErrorResponse':
    '{file} is an error response, not data: the server said "{said}". Change the query and download again.',
  'reader.jsonNoRecords':
    '{file} is a response with no records: the query matched nothing, so there is nothing to import.',
  'reader.jsonNotTable':
    '{file} is JSON but not a table Tidemark knows: expected a list of records, a Comtrade response ({shape}) or records grouped by key.',
  'reader.jsonNotRecords': '{file} is a JSON list, but not every item is a record (an object with named fields).',
  'reader.rowBeyondExcel':
    '{file}, sheet "{sheet}", has a row numbered {row}, beyond Excel\'s limit of {max} rows, so it was not written by Excel. Open it in Excel, save a copy, and import that.',
  'reader.zipBomb':
    '{file} expands to more than {max} when unzipped, which no real workbook does; it may be a zip bomb. Open it in Excel, save a copy, and import that.',
  'reader.zipRatio':
    '{file} is compressed more than {ratio}:1 (part {part}), which no real workbook is; it may be a zip bomb. Open it in Excel, save a copy, and import that.',
  'reader.workbookTooLarge':
    '{file} is {size}; Tidemark reads workbooks up to {max}. Save the sheets as CSV and import those.',
  'reader.noWorksheets': '{file} has no worksheets. Open it in Excel, check it holds a table, and import it again.',
  'reader.longTag':
    'The workbook part {part} holds a tag longer than {max} characters, so it is not a spreadsheet. Open it in Excel, save a copy, and import that.',
  'reader.tooManyEntries':
    '{file} holds {count} zip entries; a workbook with more than {max} is refused. Save a copy with fewer sheets and import that.',
  'reader.xlsTooLarge':
    '{file} is {size}; Tidemark reads old .xls workbooks up to {max}. Open it in Excel, save as .xlsx, and import that.',
  'reader.xlsDamaged':
    '{file} could not be read as an Excel workbook: it is damaged or not a workbook. Open it in Excel or LibreOffice, save as .xlsx, and import that.',
  'reader.zipNotWorkbook':
    '{file} is a zip file but not an Excel workbook (it has no workbook part). Open it in Excel, save as .xlsx, and import that.',
  'reader.sheetPartMissing':
    '{file} lists a sheet whose part ({part}) is missing. Open it in Excel, save a copy, and import that.',
  'reader.sharedTextTooLarge':
    '{file} has more shared text than Tidemark holds in memory ({max} MB). Split the workbook and import the parts.',

  // Opening a database.
  'db.notSqlite':
    'The file at {path} is not a Tidemark database (it is not an SQLite file at all). Tidemark left it unchanged.',
  'db.unusableSqlite':
    'The file at {path} is not a usable Tidemark database (SQLite: {detail}). Tidemark left it unchanged.',
  'db.cannotOpen': 'Could not open the database at {path}: {detail}',
  'db.unusable': 'The file at {path} is not a usable Tidemark database: {detail}',
  'db.fromFuture':
    'This database was written by a newer Tidemark (schema v{version}; this version knows v{known}). Update Tidemark to open it.',
  'db.foreign':
    'This is not a Tidemark database: {count, plural, =0 {it holds no tables} other {it holds tables {tables}}}{owned, select, yes { and belongs to another program (application id {appId})} other {}}. Tidemark left it unchanged. Open a Tidemark database, or name a new file to start one.',
  'db.exists': 'A database called {name} already exists; open it instead, or give the new one another name.',
  'db.missing': 'There is no database called {name}; it may have been moved, renamed or deleted.',
  'db.diskFull':
    "The disk that holds {dir} is full, so {what, select, import {the import of {file}} upgrade {the upgrade of the database} compact {the compacted copy} restore {the copy of the backup} other {the change}} was not saved; the database is intact and as it was before.{room, select, yes {{free, select, none {} other { Only {free} is free there.}} The database and its journal take {size}; a large import needs free space of about twice the file's size.} other {}} Free space on that disk (delete files you no longer need, or old copies in its backups folder) and try again.",
  'db.fullAfterImport':
    "Imported, but the disk that holds {dir} is now full: Tidemark could not fold the import into the database file, and every further change will fail until there is room.{room, select, yes {{free, select, none {} other { Only {free} is free there.}} The database and its journal take {size}; a large import needs free space of about twice the file's size.} other {}} Free space on that disk before making more changes; what was imported is safe.",
  'db.closed': 'The database was closed before this step finished.',

  // A database that failed SQLite's check on open, and putting its backup in its place.
  'recovery.damaged':
    "The database at {path} is damaged (SQLite's check says: {problem}). {moved, select, yes {It was moved aside to {movedTo}, with its journal files; nothing was opened over it.} other {It could not be moved aside (the folder is read-only), so it was left where it is and not opened.}} {backup, select, yes {The newest backup, taken {takenAt}, is {backupPath}: open it to go on from there (copy it to {path}).} other {There is no backup of it to go back to.}}",
  'recovery.damagedPage':
    'Part of the database at {path} is damaged (SQLite: {detail}); nothing was changed. {marked, select, yes {The next time it is opened, Tidemark reads the whole file first: a damaged file is then moved aside and its newest backup offered.} other {Run tidemark check {path} to read the whole file: a damaged file is moved aside and its newest backup named.}}',
  'recovery.noBackup': 'There is no backup of this database to open.',
  'recovery.stillThere': 'The damaged file is still at {path}: move it elsewhere, then open the backup {backup}.',
  'recovery.restoreFailed': 'The backup could not be put in place: {detail}',

  // Opening a Parquet dataset.
  'dataset.invalid':
    '{dir} is not a Tidemark Parquet dataset Tidemark can open: {why, select, noManifest {it has no readable {manifest}} badJson {{manifest} is not valid JSON} badManifest {{manifest}: {detail}} missing {{file}, listed in {manifest}, is missing} size {{file} is {size} bytes where {manifest} says {expected}, so it changed or was cut short} other {{detail}}}. Export it again with tidemark export --parquet DIR, or copy the whole folder.',
  'dataset.fromFuture':
    '{dir} was exported by a newer Tidemark (layout {layout}, schema {schema}; this one reads layout {knownLayout}, schema {knownSchema}). Update Tidemark to open it.',
  'dataset.rowCount':
    '{dir} holds {rows} rows where its _tidemark.json says {expected}. Export it again, or copy the whole folder.',
  'dataset.noRevisions':
    '{dir} is a Parquet dataset: it holds current records only, not the earlier figures later files restated. List revisions in the Tidemark database it was exported from.',
  'dataset.readOnly':
    '{dir} is a Parquet dataset, opened read-only: nothing in it can be changed here. Make edits, imports and reverts in the Tidemark database it was exported from, and export the dataset again.',

  // The browser host.
  'host.pathNotAllowed':
    'The browser host reads only files dropped onto the page or kept in a folder it was started with (--data-dir); the file the page named is outside them, so it was not opened.',

  // Long steps stopped by the person.
  'export.failedUnexpectedly': 'The export failed unexpectedly: {detail}',
  'export.diskFull':
    'The disk that holds {dir} has no room left for the export, so nothing was saved there; the database is unchanged.{free, select, none {} other { Only {free} is free there.}} Free space on that disk, or export to a folder on another disk, and try again.',
  'compact.failedUnexpectedly': 'Compacting failed unexpectedly: {detail}',
  'history.failedUnexpectedly': 'The step failed unexpectedly: {detail}',
  'export.cancelled': 'The export was cancelled; no file was written.',
  'export.targetIsFile':
    '{dir} is a file. Choose a new folder name for the Parquet dataset; Tidemark creates the folder.',
  'export.targetNotEmpty':
    'The folder {dir} already holds files. Choose a new or empty folder for the Parquet dataset, or remove that one first; Tidemark never mixes a new export with old files.',
  // Edits, undo and redo in the grid, and reverts.
  'edit.notPeriod': '"{value}" is not a period: use YYYY-MM or YYYY.',
  'edit.notArea':
    '"{value}" is not a country or area Tidemark knows: type its name or code (PRK, C490), or "?" and a name for an area of your own.',
  'edit.notFlow': 'flow is import or export.',
  'edit.notCode': '"{value}" is not a commodity code.',
  'edit.notValue': '"{value}" is not a number with at most 3 decimals.',
  'edit.notQuantity': '"{value}" is not a quantity.',
  'edit.recordGone': 'Record {id} no longer exists.',
  'edit.changedElsewhere':
    'Record {id} was changed elsewhere since you opened it: its {field, select, period {period} reporter {reporter} partner {partner} flow {flow} code {code} description {description} value {value} quantity {quantity} unit {unit} other {{field}}} is now "{current}" (version {version}). Your value "{value}" was not saved.',
  'edit.stepStale':
    'The {field, select, period {period} reporter {reporter} partner {partner} flow {flow} code {code} description {description} value {value} quantity {quantity} unit {unit} other {{field}}} of record {id} is now "{current}", not "{expected}" as this step expects; it was left as it is.',
  'edit.pasteRefused':
    'Nothing was pasted: cell {cell} ({field, select, period {period} reporter {reporter} partner {partner} flow {flow} code {code} description {description} value {value} quantity {quantity} unit {unit} other {{field}}} of record {id}): {reason}',
  'edit.alreadyAsAsked':
    '{count, plural, one {That record is} other {Those records are}} already {visible, select, yes {visible} other {deleted}}.',
  'edit.stepMoved':
    'Record {id} is no longer as this step left it, so it cannot be {forward, select, yes {redone} other {undone}} safely.',
  'revert.noBatch': 'Import batch {batch} does not exist.',
  'revert.already': 'The import of {file} is already reverted.',
  'history.cancelled': 'Stopped before the end: nothing was changed, every row is as it was.',
  'compact.cancelled': 'Compacting was stopped before the end: the database is as it was.',

  // Names the page sends the browser host for a database or dataset beside the open one.
  'host.datasetName': 'Name the dataset folder with letters, digits, spaces, - _ or . only (no paths).',
  'host.notDataset': '{folder} is not a Parquet dataset folder (it has no _tidemark.json) beside this database.',
  'host.databaseName': 'Name the database with letters, digits, spaces, - _ or . only (no folders).',

  // Named definitions.
  'definition.unknownClassification':
    'There is no classification "{classification}". A definition\'s codes are in one of {valid}: choose one of those.',
  'analysis.reflowMirror':
    "A partner's {flow}s are not in the reporter's records, which hold only the reporter's own: read the reporter's {flow}s (--subject reporter), or import the partner's files and name it as reporter.",
  'selection.nothing':
    'Leaving out {excluded} leaves nothing of {included}: the selection holds no goods, so it has no figure. Leave out less (--exclude-hs) or include more (--hs).',
  'definition.importRefused':
    'Definition {place} of {count} in the file ({named, select, yes {"{name}"} other {no name}}) was refused, so none of the file\'s definitions were saved and those held are unchanged: {reason}',
  'definition.importRepeated':
    'definition {first} of the file has the same name, and a name holds one definition. Rename one of them.',
  'definition.classificationConflict':
    'The definition "{name}" holds codes in {defined}, but {asked} was asked for too. Leave the classification out to read them in {defined}, or save the definition in {asked}.',

  // The engine under every call.
  'core.internal': 'Something went wrong inside Tidemark. The details were written to the log.',
  'core.restarted':
    "Tidemark's engine stopped unexpectedly and was started again, so this step did not finish. Nothing half-done was kept; try it again.",
  'core.gone':
    "Tidemark's engine stopped several times in a row and was not started again. Quit Tidemark and open it again.",
} as const;

export type ErrorKey = keyof typeof ERROR_EN;
