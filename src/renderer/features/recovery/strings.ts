import i18next from 'i18next';

// This screen's words, in the app's react-i18next catalog under `recovery`, kept beside the screen.
const en = {
  title: 'This database is damaged',
  lead: 'Tidemark found damage in {{file}} when it opened it, so it did not open it. Nothing was written to it.',
  movedTo: 'The damaged file was moved aside, with its journal files, to {{path}}, where you can keep it or hand it to someone who can repair it.',
  notMoved: 'The damaged file could not be moved aside, so it is still at {{path}}.',
  backup: 'The newest backup was taken {{when}}. Opening it puts a copy of it in the damaged file’s place; what changed since then is not in it.',
  noBackup: 'There is no backup of this database to go back to. Open another database, or import your files again into a new one.',
  open: 'Open the backup',
  opening: 'Opening the backup…',
  details: 'What SQLite reported',
};
const ko: typeof en = {
  title: '이 데이터베이스가 손상되었습니다',
  lead: 'Tidemark가 {{file}}을(를) 열 때 손상을 발견하여 열지 않았습니다. 아무것도 기록하지 않았습니다.',
  movedTo: '손상된 파일은 저널 파일과 함께 {{path}}(으)로 옮겨 두었습니다. 보관하거나 복구할 수 있는 사람에게 전달하세요.',
  notMoved: '손상된 파일을 옮길 수 없어 {{path}}에 그대로 있습니다.',
  backup: '가장 최근 백업은 {{when}}에 만들어졌습니다. 백업을 열면 그 사본이 손상된 파일 자리에 놓입니다. 그 이후의 변경 사항은 들어 있지 않습니다.',
  noBackup: '이 데이터베이스의 백업이 없습니다. 다른 데이터베이스를 열거나, 새 데이터베이스에 파일을 다시 가져오세요.',
  open: '백업 열기',
  opening: '백업을 여는 중…',
  details: 'SQLite가 보고한 내용',
};

// The catalog is set up in i18n/index.ts, which main.tsx imports after the App: add to it once it exists.
const add = () => {
  i18next.addResourceBundle('en', 'translation', { recovery: en }, true, false);
  i18next.addResourceBundle('ko', 'translation', { recovery: ko }, true, false);
};
if (i18next.isInitialized) add();
else i18next.on('initialized', add);
