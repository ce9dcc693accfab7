import type { FirstMessages } from './zh-CN';

/** English: the texts the first page needs (see `./zh-CN.ts`). */
const enUS: FirstMessages = {
  app: {
    name: 'Linli',
    title: 'Linli · Neighbourhood governance',
  },
  common: {
    language: 'Language',
    loading: 'Loading…',
    retry: 'Retry',
    all: 'All',
    reasonRequired: 'Give the reason',
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    create: 'Create',
    edit: 'Edit',
    remove: 'Remove',
    search: 'Search',
    reset: 'Reset',
    actions: 'Actions',
    createdAt: 'Created',
    loadMore: 'Load more',
    loadedCount: 'Loaded: {{count}}',
    noMore: 'No more',
    noResults: 'No matches',
    copy: 'Copy',
    copied: 'Copied',
    yes: 'Yes',
    no: 'No',
    close: 'Close',
  },
  errors: {
    validation: 'Some fields are not valid; please check them',
    unauthenticated: 'Please sign in',
    invalid_credentials: 'Wrong username or password',
    session_expired: 'Your session has expired; please sign in again',
    forbidden: 'You may not do this',
    csrf: 'Security check failed; reload the page and try again',
    not_found: 'Not found, or outside your area',
    conflict: 'This conflicts with existing data (a duplicate?)',
    wrong_state: 'Not possible in the current state',
    invalid_transition:
      'This action does not apply in its current state (someone may have just changed it); refresh and try again',
    booking_conflict: '{{from}}–{{to}} is already booked; please choose another time',
    too_large: 'Too large',
    unsupported_media_type: 'Unsupported content type',
    locked: 'Too many attempts: the account is locked. Try again in {{minutes}} min',
    rate_limited: 'Too many requests. Try again in {{minutes}} min',
    internal: 'Something went wrong on the server; please try again later',
    unavailable: 'The service is unavailable for now; please try again later',
    network: 'Cannot reach the server; check your connection',
    unknown: 'Something went wrong; please try again later',
  },
  auth: {
    subtitle: 'Compound governance · street and community console',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    newResident: 'Live in a compound and have no account?',
    signup: 'Resident sign-up',
  },
  shell: {
    logout: 'Sign out',
  },
  resident: {
    hello: 'Hello, {{name}}',
    myHome: 'My home',
    noHome: 'Not registered at a compound or building yet; please ask your community office',
    settings: 'Settings',
    elderMode: 'Elder mode',
    elderModeHint: 'Bigger text and buttons, fewer choices per screen',
    bind: {
      title: 'Bind my home',
      intro: 'Enter the invitation code for your home from the notice the community posted or handed out.',
      code: 'Invitation code',
      codeRequired: 'Enter the invitation code',
      codeUnknown: 'No such invitation code; check it and try again',
      submit: 'Bind',
      bound: 'Bound: {{house}}',
      pending: 'Sent; awaiting the community’s review',
    },
    requests: {
      title: 'My binding requests',
      pending: 'Awaiting review',
      rejected: 'Not approved',
      sentAt: 'Sent {{at}}',
      reason: 'Reason: {{reason}}',
      noReason: 'No reason was given; please ask your community office.',
    },
  },
  residentEvents: {
    entry: {
      title: 'Compound services',
      report: 'Report a problem',
      reportHint: 'A broken lamp, rubbish left out: take a photo and tell us',
      myReports: 'My reports',
      myReportsHint: 'Progress and rating',
      myGrid: 'My grid',
      myGridHint: 'Grid worker, building leader, supervision line',
    },
  },
  votes: {
    phone: {
      entry: 'Owner votes',
      entryHint: 'Votes of your compound and building; owners vote here',
    },
  },
  notices: {
    phone: {
      entry: 'Public notices',
      entryHint: 'Notices of your compound and building; object while they run',
    },
  },
  selforgs: {
    phone: {
      title: 'Neighbourhood groups',
      hint: 'Groups near you and your mediation cases',
    },
  },
  volunteers: {
    phone: {
      entry: 'Volunteering',
      entryHint: 'Sign up for activities near you, check in by code, count your hours',
      passbookEntry: 'Passbook',
      passbookHint: 'Your points balance and entries; redeem rewards',
    },
  },
  elevators: {
    phone: {
      entry: 'Elevator retrofit',
      entryHint: "Your unit's elevator: where it stands, the vote, the notice",
    },
  },
  conventions: {
    phone: {
      entry: 'Conventions',
      entryHint: "Read and sign your compound's conventions",
    },
  },
  venues: {
    phone: {
      entryTitle: 'Service stations',
      entry: 'Book a room',
      entryHint: "Residents' parlour, reading room, activity room",
      guideEntry: 'Service guide',
      guideHint: 'Find a service: where, when and what to bring',
    },
  },
  deliberation: {
    phone: {
      entryCard: 'Have your say',
      entry: 'Compound topics',
      entryHint: 'Raise a topic, join the discussion, support what matters to you',
    },
  },
  evaluations: {
    phone: {
      entry: 'Rate the property company and committee',
      entryHint: 'Score their service; anonymous',
    },
  },
  projects: {
    phone: {
      entry: 'Compound micro-projects',
      entryHint: 'See what your compound is doing and chip in',
      raise: 'Raise a need',
      raiseHint: 'Tell the community what your compound needs',
    },
  },
};

export default enUS;
