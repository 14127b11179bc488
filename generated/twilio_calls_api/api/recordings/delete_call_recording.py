# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    sid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Recordings/{sid}.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
            sid=quote(str(sid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a recording of a call

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a recording of a call

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete a recording of a call

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        sid=sid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    sid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete a recording of a call

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        sid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            sid=sid,
            client=client,
        )
    ).parsed
