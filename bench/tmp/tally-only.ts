import { tallyBench } from '../tally';
tallyBench(true);
