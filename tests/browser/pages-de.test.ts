import { testEveryPage } from './every-page';

testEveryPage('de');
