// Annual services series: BEA figures as republished by USTR and KEI (sparse, rounded).
import { annualRows } from './goods.mjs';

export const buildServices = (readCsv) => annualRows(readCsv, 'korea-services-annual.csv');
