export const databaseName = 'madoguchi';
