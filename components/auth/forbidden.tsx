export function Forbidden({ role }: { role: string }) {
  return (
    <div role="alert" className="space-y-2">
      <h1 className="font-serif text-2xl font-semibold">Not for your role</h1>
      <p className="text-muted">This page is for {role}s. Ask an admin if you need it.</p>
    </div>
  );
}
