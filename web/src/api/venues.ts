/** Service stations, rooms, bookings and the service guide (server/modules/venues). */
import type { BookingState, OpeningSlot, RoomKind, StationKind } from '../../../domain/venues/rules';
import { request } from './client';
import type { Page, PageParams } from './model';
import type { PathItem } from './org';

export {
  ROOM_KINDS,
  STATION_KINDS,
  WEEKDAYS,
  type OpeningSlot,
  type RoomKind,
  type StationKind,
} from '../../../domain/venues/rules';

export interface Station {
  id: number;
  communityId: number;
  nodeId: number;
  path: PathItem[];
  kind: StationKind;
  name: string;
  address: string;
  phone: string | null;
  description: string | null;
  rooms: number;
  services: number;
  createdAt: string;
  actions: 'manage'[];
}

export interface Room {
  id: number;
  communityId: number;
  stationId: number;
  stationName: string;
  kind: RoomKind;
  name: string;
  capacity: number;
  openingHours: OpeningSlot[];
  active: boolean;
  createdAt: string;
  actions: ('manage' | 'book')[];
}

export interface Booking {
  id: number;
  communityId: number;
  roomId: number;
  roomName: string;
  stationId: number;
  stationName: string;
  startsAt: string;
  endsAt: string;
  attendees: number;
  purpose: string;
  status: BookingState;
  bookedByName: string;
  byResident: boolean;
  createdAt: string;
  cancelledAt: string | null;
  cancelledByName: string | null;
  actions: 'cancel'[];
}

export interface Usage {
  bookings: number;
  hours: number;
  openHours: number;
  occupancy: number | null;
}
export interface VenueStats {
  month: string;
  stations: (Usage & {
    stationId: number;
    name: string;
    rooms: (Usage & { roomId: number; name: string })[];
  })[];
}

export interface Service {
  id: number;
  communityId: number;
  stationId: number;
  stationName: string;
  stationAddress: string;
  name: string;
  department: string;
  location: string | null;
  hours: string | null;
  materials: string[];
  onlineUrl: string | null;
  selfService: boolean;
  active: boolean;
  updatedAt: string;
  actions: 'manage'[];
}

type Q = PageParams & Record<string, string | number | boolean | null | undefined>;
const get = <T>(path: string, query?: Q, signal?: AbortSignal) => request<T>('GET', path, { query, signal });
const post = <T>(path: string, body: unknown = {}) => request<T>('POST', path, { body });
const patch = <T>(path: string, body: unknown) => request<T>('PATCH', path, { body });

export const listStations = (q: Q, signal?: AbortSignal) => get<Page<Station>>('/venues/stations', q, signal);
export const createStation = (body: {
  nodeId: number;
  kind: StationKind;
  name: string;
  address: string;
  phone?: string;
}) => post<Station>('/venues/stations', body);

export const listRooms = (q: Q, signal?: AbortSignal) => get<Page<Room>>('/venues/rooms', q, signal);
export const getRoom = (id: number, signal?: AbortSignal) =>
  get<Room>(`/venues/rooms/${id}`, undefined, signal);
export const createRoom = (body: {
  stationId: number;
  kind: RoomKind;
  name: string;
  capacity: number;
  openingHours: OpeningSlot[];
}) => post<Room>('/venues/rooms', body);
export const updateRoom = ({ id, ...body }: { id: number; active?: boolean }) =>
  patch<Room>(`/venues/rooms/${id}`, body);
export const getSchedule = (id: number, q: { from: string; to: string }, signal?: AbortSignal) =>
  get<{ roomId: number; taken: { startsAt: string; endsAt: string }[] }>(
    `/venues/rooms/${id}/schedule`,
    q,
    signal,
  );

export const listBookings = (q: Q, signal?: AbortSignal) => get<Page<Booking>>('/venues/bookings', q, signal);
export const myBookings = (q: Q, signal?: AbortSignal) =>
  get<Page<Booking>>('/venues/my-bookings', q, signal);
export const book = (body: {
  roomId: number;
  startsAt: string;
  endsAt: string;
  attendees: number;
  purpose: string;
}) => post<Booking>('/venues/bookings', body);
export const cancelBooking = (id: number) => post<Booking>(`/venues/bookings/${id}/cancel`);
export const bookingsExportUrl = (month: string) =>
  `/api/v1/venues/bookings.xlsx?month=${encodeURIComponent(month)}`;
export const getStats = (month: string, signal?: AbortSignal) =>
  get<VenueStats>('/venues/stats', { month }, signal);

export const listServices = (q: Q, signal?: AbortSignal) => get<Page<Service>>('/venues/services', q, signal);
export const createService = (body: {
  stationId: number;
  name: string;
  department: string;
  location?: string;
  hours?: string;
  materials: string[];
  onlineUrl?: string;
  selfService: boolean;
}) => post<Service>('/venues/services', body);
export const updateService = ({ id, ...body }: { id: number; active?: boolean }) =>
  patch<Service>(`/venues/services/${id}`, body);
